package org.fazhi.registry.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: started once per test JVM on a free port in a fresh temporary
 * data directory, so every test run has its own database and leaves nothing behind.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming a database of its own, for tests that need an empty one. */
    public static final String DATABASE_ARG = "database";
    private static final String DATABASE = "registry";
    private static EmbeddedPostgres server;
    private String database = DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DATABASE);
    }

    @Override
    public synchronized Map<String, String> start() {
        EmbeddedPostgres pg = server();
        if (!database.equals(DATABASE)) {
            createDatabase(database);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server outlives a single Quarkus application: test classes with other profiles restart
        // the application against the same database. It is closed when the JVM exits.
    }

    /** The running server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // pg_stat_statements lets tests see every statement the service sent (SqlStatements).
                server = EmbeddedPostgres.builder()
                        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track_utility", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::close));
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            createDatabase(DATABASE);
        }
        return server;
    }

    /** Creates the database {@code name} on {@code postgres} unless it exists, for servers that keep their data. */
    public static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /** Creates a fresh, empty database; each name is created once per test run. */
    private static void createDatabase(String name) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
    }

    private static void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
