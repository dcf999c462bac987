package org.fazhi.registry.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict reading itself: every file under k8s/ fits the model, and a misspelt field or kind is caught. */
class StrictManifestsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: registry
            spec:
              selector:
                matchLabels: {app: registry}
              template:
                metadata:
                  labels: {app: registry}
                spec:
                  containers:
                    - name: registry
                      image: registry:1
            """;

    @Test
    void everyManifestAndPatchUnderK8sFitsTheModel() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ProjectConfig.K8S)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            List<HasMetadata> parsed = StrictManifests.parse(ProjectConfig.K8S.relativize(file).toString(), Manifests.read(file));
            assertThat(parsed).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void readsAWellFormedDeploymentIntoTheTypedModel() {
        List<HasMetadata> parsed = StrictManifests.parse("inline", DEPLOYMENT);

        assertThat(parsed).singleElement().isInstanceOf(Deployment.class);
    }

    @Test
    void rejectsAFieldTheModelDoesNotKnow() {
        String misspelt = DEPLOYMENT.replace("image: registry:1", "image: registry:1\n          imagePullPolicyy: Always");

        assertThatThrownBy(() -> StrictManifests.parse("inline", misspelt))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("containers[0]")
                .hasMessageContaining("imagePullPolicyy");
    }

    @Test
    void rejectsAMisspeltKind() {
        String misspelt = DEPLOYMENT.replace("kind: Deployment", "kind: Deploymnet");

        assertThatThrownBy(() -> StrictManifests.parse("inline", misspelt))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unknown kind apps/v1 Deploymnet");
    }

    @Test
    void readsTheOperatorsClusterAsAGenericResource() {
        List<HasMetadata> parsed = StrictManifests.parse("inline", """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: db
                spec:
                  instances: 3
                """);

        assertThat(parsed).singleElement().isInstanceOf(GenericKubernetesResource.class);
        assertThat(((GenericKubernetesResource) parsed.get(0)).<Integer>get("spec", "instances")).isEqualTo(3);
    }
}
