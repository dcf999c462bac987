package org.fazhi.registry.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.registry.testing.EmbeddedPostgresResource;

/**
 * The PostgreSQL the read-path benchmark runs both GraphQL servers over: the embedded server the tests
 * use, its data kept in a directory of its own so a loaded data set survives between runs. Runs until
 * its process is stopped. Usage: {@code BenchDatabase DATA_DIRECTORY PORT}; it writes {@code ready} to
 * {@code DATA_DIRECTORY.ready} once the database {@value #DATABASE} accepts connections.
 */
public final class BenchDatabase {

    static final String DATABASE = "registry";

    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(data.getParent());
        Path ready = Path.of(data + ".ready");
        Files.deleteIfExists(ready);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                // Room for both servers' pools, and memory for a million reports' indexes.
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("maintenance_work_mem", "512MB")
                // A million reports take some 40 GB; the log of their copy is kept small, and index builds skip it.
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start()) {
            EmbeddedPostgresResource.createDatabaseIfMissing(postgres, DATABASE);
            Files.writeString(ready, "ready\n");
            System.out.printf("PostgreSQL on 127.0.0.1:%d, database %s, data in %s%n", port, DATABASE, data);
            Thread.currentThread().join();
        }
    }
}
