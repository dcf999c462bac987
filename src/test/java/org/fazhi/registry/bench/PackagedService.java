package org.fazhi.registry.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fazhi.registry.testing.DevTokens;

/**
 * The packaged service (target/quarkus-app) started as a process of its own with the given JVM options, listening on
 * loopback only, on an embedded PostgreSQL of its own; its log goes to {@code target/bench-NAME-service.log}.
 */
final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** How long the service may take to stop before it is killed: one thrashing in its heap may never stop. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Process process;
    private final URI endpoint;
    private final Path log;

    private PackagedService(EmbeddedPostgres postgres, Process process, URI endpoint, Path log) {
        this.postgres = postgres;
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /**
     * Starts the service and waits until it is ready. More JVM options for a diagnosis come from the system property
     * {@code bench.jvm}, e.g. {@code -Dbench.jvm=-XX:NativeMemoryTracking=summary}.
     */
    static PackagedService start(String name, List<String> jvmOptions) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run ./mvnw package -DskipTests first");
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Process process;
        int port = freePort();
        Path log = Path.of("target/bench-" + name + "-service.log");
        try {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE registry ENCODING 'UTF8' TEMPLATE template0");
            }
            process = launch(jvmOptions, postgres.getJdbcUrl("postgres", "registry"), port, log);
        } catch (IOException | SQLException e) {
            postgres.close();
            throw e;
        }
        PackagedService service = new PackagedService(postgres, process, URI.create("http://127.0.0.1:" + port), log);
        try {
            service.awaitReady();
        } catch (Exception e) {
            service.close();
            throw e;
        }
        return service;
    }

    URI endpoint() {
        return endpoint;
    }

    long pid() {
        return process.pid();
    }

    /** Whether the service still runs, or where its log tells why not. */
    String state() {
        return process.isAlive() ? "the service is still up" : "the service DIED; see " + log;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        postgres.close();
    }

    private static Process launch(List<String> jvmOptions, String jdbcUrl, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        Arrays.stream(System.getProperty("bench.jvm", "").split(" ")).filter(o -> !o.isBlank()).forEach(command::add);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.publicKeyFile().toString(),
                "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER));
        return builder.start();
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(endpoint.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
