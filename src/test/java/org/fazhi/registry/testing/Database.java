package org.fazhi.registry.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct reads of the test database, to check what the API did (or did not) write. */
public final class Database {

    private static final List<String> TABLES = List.of("organisation", "organisation_other_name",
            "organisation_identifier", "report", "section", "item", "commitment", "problem", "metric", "citation",
            "compliance_finding", "change_event", "report_withdrawal", "report_document");

    private Database() {
    }

    /** A connection of the test's own to {@code database}, e.g. to hold a lock while the service works. */
    public static Connection connection(String database) throws SQLException {
        return EmbeddedPostgresResource.server().getDatabase("postgres", database).getConnection();
    }

    public static long count(String sql) {
        try (Connection c = EmbeddedPostgresResource.server().getDatabase("postgres", "registry").getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement directly, e.g. to age a row the way time would. */
    public static void execute(String sql) {
        try (Connection c = EmbeddedPostgresResource.server().getDatabase("postgres", "registry").getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Row counts of every table of the data model, to show that a refused mutation wrote nothing. */
    public static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, count("select count(*) from " + t)));
        return counts;
    }
}
