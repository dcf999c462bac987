package org.fazhi.registry.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/** The packaged application, configured as production but without a token verification key, must not start. */
class ProductionStartupIT {

    @Test
    void shouldRefuseToStartWithoutATokenVerificationKey() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresResource.server();
        Path log = Files.createTempFile("registry-startup", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MP_JWT"));
        builder.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "registry"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_HTTP_PORT", "0"));

        Process service = builder.start();
        boolean exited = service.waitFor(120, TimeUnit.SECONDS);
        service.destroyForcibly();

        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(exited).as("the service stopped by itself; output:%n%s", output).isTrue();
        assertThat(service.exitValue()).isNotZero();
        assertThat(output).contains("Token verification is not configured")
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION").contains("MP_JWT_VERIFY_ISSUER");
    }
}
