package org.fazhi.registry.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;

/**
 * Runs the packaged service on a local embedded PostgreSQL with the sample reports as demo data:
 * {@code ./mvnw -Pdemo}. The database lives in {@code .demo-data/} of the working copy, so a restart
 * keeps what was stored. Tokens are verified with the development key pair, and a development token
 * is printed for trying mutations. This launcher is test code: no production artifact contains it.
 */
public final class DemoServer {

    private static final String DATABASE = "registry";
    private static final int HTTP_PORT = Integer.getInteger("demo.port", 8080);

    private DemoServer() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path dataDirectory = project.resolve(".demo-data/postgres");
        Files.createDirectories(dataDirectory.getParent());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start()) {
            EmbeddedPostgresResource.createDatabaseIfMissing(postgres, DATABASE);
            Process service = start(project, postgres.getJdbcUrl("postgres", DATABASE));
            Runtime.getRuntime().addShutdownHook(new Thread(service::destroy));
            System.exit(service.waitFor());
        }
    }

    private static Process start(Path project, String jdbcUrl) throws IOException {
        Path jar = project.resolve("target/quarkus-app/quarkus-run.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString())).inheritIO();
        builder.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_HTTP_PORT", Integer.toString(HTTP_PORT),
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
                + "In the GraphQL UI, open \"Headers\" and enter {\"Authorization\": \"Bearer <the token>\"}.%n%n",
                jdbcUrl, HTTP_PORT, HTTP_PORT, HTTP_PORT,
                DevTokens.issue("demo-editor", Duration.ofHours(24), "editor", "reviewer"));
        return builder.start();
    }
}
