package org.fazhi.registry.deploy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One set of manifests (the base as written, or an overlay as kustomize renders it) and lookups into it. */
record Manifests(String name, List<HasMetadata> resources) {

    /** The base, read file by file as its kustomization lists them: needs no kubectl. */
    static Manifests base() {
        Path base = ProjectConfig.K8S.resolve("base");
        List<HasMetadata> resources = new ArrayList<>();
        for (String file : kustomizationResources(base)) {
            resources.addAll(StrictManifests.parse("k8s/base/" + file, read(base.resolve(file))));
        }
        return new Manifests("base", resources);
    }

    /** An overlay rendered with {@code kubectl kustomize}; the test is skipped where kubectl is not installed. */
    static Manifests rendered(String overlay) {
        Assumptions.assumeTrue(kubectlAvailable(), "kubectl is not on PATH: overlays are not rendered");
        Path dir = ProjectConfig.K8S.resolve("overlays").resolve(overlay);
        return new Manifests(overlay, StrictManifests.parse("kubectl kustomize " + dir, kustomize(dir)));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String resourceName) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(resourceName)).findFirst();
    }

    <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError(name + ": expected one " + type.getSimpleName() + ", found " + found.size());
        }
        return found.get(0);
    }

    Deployment deployment() {
        return one(Deployment.class);
    }

    Container container() {
        return deployment().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    Optional<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).findFirst();
    }

    Optional<ConfigMap> configMap(String resourceName) {
        return find(ConfigMap.class, resourceName);
    }

    Optional<Secret> secret(String resourceName) {
        return find(Secret.class, resourceName);
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<String> kustomizationResources(Path dir) {
        try {
            var kustomization = new YAMLMapper().readTree(dir.resolve("kustomization.yaml").toFile());
            List<String> files = new ArrayList<>();
            kustomization.path("resources").forEach(node -> files.add(node.asText()));
            return files;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dir.resolve("kustomization.yaml"), e);
        }
    }

    private static boolean kubectlAvailable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "kubectl"))) {
                return true;
            }
        }
        return false;
    }

    private static String kustomize(Path dir) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + dir, e);
        }
    }
}
