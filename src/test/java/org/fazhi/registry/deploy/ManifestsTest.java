package org.fazhi.registry.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What breaks a deployment, checked on the base as written and on each overlay as kustomize renders it:
 * selectors that miss the pods, probes on paths the application does not serve, ports and image names that
 * disagree with the build, configuration keys that do not exist.
 */
class ManifestsTest {

    private static final ProjectConfig PROJECT = ProjectConfig.load();
    private static final Map<String, Manifests> SETS = new HashMap<>();

    static Manifests manifests(String set) {
        return SETS.computeIfAbsent(set, name -> name.equals("base") ? Manifests.base() : Manifests.rendered(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void selectorsMatchThePodLabels(String set) {
        Manifests manifests = manifests(set);
        var deployment = manifests.deployment();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();

        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(manifests.one(Service.class).getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(manifests.one(NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels());
        manifests.all(PodDisruptionBudget.class).forEach(pdb ->
                assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels()));
        manifests.all(HorizontalPodAutoscaler.class).forEach(hpa -> {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        });
    }

    /** Without a verification key and issuer the service refuses to start (auth/VerificationKeyCheck). */
    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void theTokenVerificationKeyAndIssuerAreConfigured(String set) {
        Container container = manifests(set).container();

        assertThat(container.getEnv()).extracting(e -> e.getName())
                .contains("MP_JWT_VERIFY_ISSUER")
                .containsAnyOf("MP_JWT_VERIFY_PUBLICKEY", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void probesUseTheHealthPathsOfTheApplication(String set) {
        Container container = manifests(set).container();

        assertThat(httpGet(container, container.getStartupProbe()).getPath()).isEqualTo(PROJECT.healthPath("startup", "started"));
        assertThat(httpGet(container, container.getLivenessProbe()).getPath()).isEqualTo(PROJECT.healthPath("liveness", "live"));
        assertThat(httpGet(container, container.getReadinessProbe()).getPath()).isEqualTo(PROJECT.healthPath("readiness", "ready"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void everyPortIsTheHttpPortOfTheApplication(String set) {
        Manifests manifests = manifests(set);
        Container container = manifests.container();
        int httpPort = PROJECT.httpPort();

        assertThat(container.getPorts()).extracting(ContainerPort::getContainerPort).containsExactly(httpPort);
        assertThat(resolvePort(container, manifests.one(Service.class).getSpec().getPorts().get(0).getTargetPort())).isEqualTo(httpPort);
        assertThat(manifests.one(NetworkPolicy.class).getSpec().getIngress())
                .flatExtracting(rule -> rule.getPorts())
                .extracting(port -> resolvePort(container, port.getPort()))
                .containsExactly(httpPort);
        Map<String, String> annotations = manifests.deployment().getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations)
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(httpPort))
                .containsEntry("prometheus.io/path", PROJECT.metricsPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void theImageIsTheOneJibBuilds(String set) {
        String image = manifests(set).container().getImage();
        assertThat(image).startsWith(PROJECT.imageRepository());
        assertThat(image.substring(PROJECT.imageRepository().length())).matches("(:[\\w][\\w.-]*)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void configurationKeysTheDeploymentReadsExistInTheBase(String set) {
        Manifests base = manifests("base");
        for (EnvVar env : manifests(set).container().getEnv()) {
            var source = env.getValueFrom();
            if (source == null) {
                continue;
            }
            if (source.getConfigMapKeyRef() != null) {
                var ref = source.getConfigMapKeyRef();
                assertThat(base.configMap(ref.getName())).as("ConfigMap %s", ref.getName()).isPresent()
                        .get().extracting(map -> map.getData()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                        .as("%s reads key %s", env.getName(), ref.getKey()).containsKey(ref.getKey());
            }
            if (source.getSecretKeyRef() != null) {
                var ref = source.getSecretKeyRef();
                var secret = base.secret(ref.getName());
                assertThat(secret).as("Secret %s", ref.getName()).isPresent();
                var keys = new HashMap<String, String>();
                if (secret.get().getData() != null) {
                    keys.putAll(secret.get().getData());
                }
                if (secret.get().getStringData() != null) {
                    keys.putAll(secret.get().getStringData());
                }
                assertThat(keys).as("%s reads key %s", env.getName(), ref.getKey()).containsKey(ref.getKey());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "dev", "prod"})
    void podsRunUnprivilegedWithBoundedResources(String set) {
        Manifests manifests = manifests(set);
        PodSpec pod = manifests.deployment().getSpec().getTemplate().getSpec();
        Container container = manifests.container();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        ServiceAccount account = manifests.find(ServiceAccount.class, pod.getServiceAccountName()).orElseThrow();
        assertThat(account.getAutomountServiceAccountToken()).isFalse();
    }

    private static HTTPGetAction httpGet(Container container, Probe probe) {
        assertThat(probe).isNotNull();
        HTTPGetAction action = probe.getHttpGet();
        assertThat(resolvePort(container, action.getPort())).isEqualTo(PROJECT.httpPort());
        return action;
    }

    /** A port given by number or by the name of one of the container's ports. */
    static int resolvePort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }
}
