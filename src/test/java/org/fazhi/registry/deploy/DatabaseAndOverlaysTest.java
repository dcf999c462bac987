package org.fazhi.registry.deploy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.deploy.ManifestsTest.manifests;

/**
 * The CloudNativePG cluster (checked by hand: its schema is not in the fabric8 model) and what the dev and prod
 * overlays promise: one JVM replica in dev; the native image, 2 to 10 replicas and a disruption budget in prod.
 */
class DatabaseAndOverlaysTest {

    private static final ProjectConfig PROJECT = ProjectConfig.load();

    /** The top-level fields of CloudNativePG's ClusterSpec (postgresql.cnpg.io/v1) used or likely to be used here. */
    private static final Set<String> CLUSTER_SPEC_FIELDS = Set.of(
            "description", "inheritedMetadata", "imageName", "imageCatalogRef", "imagePullPolicy", "imagePullSecrets",
            "instances", "minSyncReplicas", "maxSyncReplicas", "postgresql", "replicationSlots", "bootstrap", "replica",
            "superuserSecret", "enableSuperuserAccess", "certificates", "storage", "walStorage", "serviceAccountTemplate",
            "startDelay", "stopDelay", "smartShutdownTimeout", "switchoverDelay", "failoverDelay", "affinity",
            "topologySpreadConstraints", "resources", "priorityClassName", "primaryUpdateStrategy", "primaryUpdateMethod",
            "backup", "nodeMaintenanceWindow", "monitoring", "externalClusters", "logLevel", "projectedVolumeTemplate",
            "env", "envFrom", "managed", "seccompProfile", "tablespaces", "enablePDB", "plugins", "probes");

    @ParameterizedTest
    @ValueSource(strings = {"base", "prod"})
    void productionDatabaseHasThreeInstancesAndBackups(String set) {
        Manifests manifests = manifests(set);
        GenericKubernetesResource cluster = cluster(manifests);

        assertThat(cluster.<Integer>get("spec", "instances")).isEqualTo(3);
        assertThat(cluster.<String>get("spec", "backup", "barmanObjectStore", "destinationPath")).startsWith("s3://");
        assertThat(cluster.<Object>get("spec", "backup", "barmanObjectStore", "s3Credentials")).isNotNull();
        GenericKubernetesResource schedule = manifests.custom("ScheduledBackup").orElseThrow();
        assertThat(schedule.<String>get("spec", "cluster", "name")).isEqualTo(cluster.getMetadata().getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void clusterSpecUsesOnlyKnownFields(String set) {
        Map<String, Object> spec = cluster(manifests(set)).get("spec");

        assertThat(CLUSTER_SPEC_FIELDS).containsAll(spec.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void applicationUsesTheDatabaseAndCredentialsTheClusterCreates(String set) {
        Manifests manifests = manifests(set);
        Manifests base = manifests("base");
        GenericKubernetesResource cluster = cluster(manifests);
        String database = cluster.get("spec", "bootstrap", "initdb", "database");
        String owner = cluster.get("spec", "bootstrap", "initdb", "owner");
        String credentials = cluster.get("spec", "bootstrap", "initdb", "secret", "name");

        String jdbcUrl = manifests.configMap("fazhi-registry").orElseThrow().getData().get(configMapKey(manifests, "QUARKUS_DATASOURCE_JDBC_URL"));
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        assertThat(uri.getHost()).as("the cluster's read-write Service").isEqualTo(cluster.getMetadata().getName() + "-rw");
        assertThat(uri.getPath()).isEqualTo("/" + database);

        EnvVar password = env(manifests, "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(password.getValueFrom().getSecretKeyRef().getName()).isEqualTo(credentials);
        assertThat(env(manifests, "QUARKUS_DATASOURCE_USERNAME").getValueFrom().getSecretKeyRef().getName()).isEqualTo(credentials);
        Secret secret = base.secret(credentials).orElseThrow();
        assertThat(secret.getType()).as("CloudNativePG reads basic-auth secrets").isEqualTo("kubernetes.io/basic-auth");
        assertThat(secret.getStringData()).containsEntry("username", owner);
    }

    @Test
    void devRunsOneReplicaOfTheJvmImage() {
        Manifests dev = manifests("dev");

        assertThat(dev.deployment().getSpec().getReplicas()).isEqualTo(1);
        assertThat(dev.container().getImage()).isEqualTo(PROJECT.imageRepository() + ":" + PROJECT.jvmImageTag());
        assertThat(dev.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(dev.all(PodDisruptionBudget.class)).isEmpty();
        assertThat(cluster(dev).<Integer>get("spec", "instances")).isEqualTo(1);
    }

    @Test
    void prodRunsTheNativeImageOnTwoToTenReplicas() {
        Manifests prod = manifests("prod");

        assertThat(prod.container().getImage()).isEqualTo(PROJECT.imageRepository() + ":" + PROJECT.nativeImageTag());
        assertThat(prod.deployment().getSpec().getReplicas()).as("the autoscaler owns the replica count").isNull();
        HorizontalPodAutoscaler hpa = prod.one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(prod.one(PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(prod.all(Secret.class)).as("no placeholder password reaches production").isEmpty();
    }

    private static GenericKubernetesResource cluster(Manifests manifests) {
        return manifests.custom("Cluster").orElseThrow(() -> new AssertionError(manifests + ": no CloudNativePG Cluster"));
    }

    private static EnvVar env(Manifests manifests, String name) {
        return manifests.container().getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(manifests + ": the container does not set " + name));
    }

    private static String configMapKey(Manifests manifests, String envName) {
        return env(manifests, envName).getValueFrom().getConfigMapKeyRef().getKey();
    }
}
