package org.fazhi.registry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Prints the one value a query answers, for the benchmark scripts: {@code BenchSql JDBC_URL SQL}. */
public final class BenchSql {

    private BenchSql() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(args[1])) {
            System.out.println(rs.next() ? rs.getString(1) : "");
        }
    }
}
