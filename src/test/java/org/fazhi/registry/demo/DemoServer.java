package org.fazhi.registry.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;

/**
 * Runs the packaged service on a local embedded PostgreSQL with the sample reports as demo data:
 * {@code ./mvnw -Pdemo}, on port {@code -Ddemo.port} or {@code QUARKUS_HTTP_PORT} (8080 by default). The database
 * lives in {@code .demo-data/} of the working copy, so a restart keeps what was stored. Tokens are verified with the
 * development key pair, and a development token is printed for trying mutations. This launcher is test code: no
 * production artifact contains it.
 *
 * <p>However Maven is stopped (Ctrl-C, any signal, even SIGKILL, which runs no shutdown hook), the service and the
 * database stop with it: this process stops both when it is signalled itself, and when it sees its parent, the
 * Maven process, exit.
 */
public final class DemoServer {

    private static final String DATABASE = "registry";
    private static final Duration SERVICE_STOP_WAIT = Duration.ofSeconds(30);

    private DemoServer() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path dataDirectory = project.resolve(".demo-data/postgres");
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // stopped below, after the service that uses it
                .start();
        Process service;
        try {
            EmbeddedPostgresResource.createDatabaseIfMissing(postgres, DATABASE);
            service = start(project, postgres.getJdbcUrl("postgres", DATABASE), port());
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, postgres), "demo-stop"));
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> System.exit(0)));
        System.exit(service.waitFor());
    }

    /** The port asked for with -Ddemo.port, else the standard QUARKUS_HTTP_PORT, else 8080. */
    static int port() {
        String asked = System.getProperty("demo.port", "");
        if (asked.isBlank()) {
            asked = System.getenv().getOrDefault("QUARKUS_HTTP_PORT", "8080");
        }
        return Integer.parseInt(asked.strip());
    }

    /** The service first (it holds connections), then the database; each waited for, so nothing outlives this process. */
    private static void stop(Process service, EmbeddedPostgres postgres) {
        service.destroy();
        try {
            if (!service.waitFor(SERVICE_STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            service.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("The demo database did not stop cleanly: " + e.getMessage());
        }
    }

    private static Process start(Path project, String jdbcUrl, int port) throws IOException {
        Path jar = project.resolve("target/quarkus-app/quarkus-run.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString())).inheritIO();
        builder.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_PROFILE", "demo",
                "REGISTRY_DEMO_SEEDS", project.resolve("src/test/resources/seeds").toString(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.publicKeyFile().toString(),
                "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER));
        System.out.printf("%nStarting the registry with demo data on an embedded PostgreSQL (%s).%n"
                + "  GraphQL endpoint: http://localhost:%d/graphql%n"
                + "  GraphQL UI:       http://localhost:%d/q/graphql-ui%n"
                + "  Health:           http://localhost:%d/q/health%n%n"
                + "Mutations need a token. A development token (subject demo-editor, roles editor and reviewer, valid 24 h):%n"
                + "  %s%n"
                + "In the GraphQL UI, open \"Headers\" and enter {\"Authorization\": \"Bearer <the token>\"}.%n"
                + "Stop with Ctrl-C: the service and its database stop with Maven.%n%n",
                jdbcUrl, port, port, port, DevTokens.issue("demo-editor", Duration.ofHours(24), "editor", "reviewer"));
        return builder.start();
    }
}
