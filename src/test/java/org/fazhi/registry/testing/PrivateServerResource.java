package org.fazhi.registry.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * A PostgreSQL server of the test's own, which the test may break or stop without touching the server every other
 * test class shares ({@link EmbeddedPostgresResource}).
 */
public class PrivateServerResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    @Override
    public synchronized Map<String, String> start() {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a private PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public synchronized void stop() {
        shutDown();
    }

    /** A connection to the server's database, to change it under the service. */
    public static Connection connection() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    /** Stops the server: the database becomes unreachable, as in an outage. */
    public static synchronized void shutDown() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }
}
