package org.fazhi.registry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs one statement for the benchmark scripts and prints the value it answers, if any: {@code BenchSql JDBC_URL SQL}. */
public final class BenchSql {

    private BenchSql() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres");
                Statement s = c.createStatement()) {
            if (s.execute(args[1])) {
                try (ResultSet rs = s.getResultSet()) {
                    System.out.println(rs.next() ? rs.getString(1) : "");
                }
            }
        }
    }
}
