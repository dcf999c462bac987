package org.fazhi.registry.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements the service sent to its database, as PostgreSQL itself counted them
 * (pg_stat_statements): whatever layer sent them, Hibernate or plain JDBC. Read through a connection
 * to another database, so the counting never counts itself.
 */
public final class SqlStatements {

    /** One statement text as PostgreSQL normalised it (constants replaced by $n), and how often it ran. */
    public record Executed(String sql, long calls) {
    }

    private SqlStatements() {
    }

    /** Forgets every statement counted so far. */
    public static void reset() {
        run("select pg_stat_statements_reset()");
    }

    /**
     * The statements run in {@code database} since the last {@link #reset()}, without the JDBC driver's own reads of
     * the system catalog: the driver looks a result's column details up once per pooled connection, so whether one
     * appears depends on which connection served the request, not on what the request asked for.
     */
    public static List<Executed> executedIn(String database) {
        List<Executed> executed = new ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select query, calls from pg_stat_statements s join pg_database d "
                        + "on d.oid = s.dbid where d.datname = '" + database + "' and query not like '%FROM pg_catalog.%' "
                        + "order by query")) {
            while (rs.next()) {
                executed.add(new Executed(rs.getString(1), rs.getLong(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return executed;
    }

    /** How many statements ran in {@code database} since the last {@link #reset()}. */
    public static long countIn(String database) {
        return executedIn(database).stream().mapToLong(Executed::calls).sum();
    }

    private static void run(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connection() throws SQLException {
        Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
        return c;
    }
}
