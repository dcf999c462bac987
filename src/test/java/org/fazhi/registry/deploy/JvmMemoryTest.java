package org.fazhi.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.deploy.ManifestsTest.manifests;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JVM image's heap, a share of the container's memory limit set in the image's JVM arguments, fits
 * the limit of the overlay that runs it with room for the rest of the process.
 */
class JvmMemoryTest {

    private static final ProjectConfig PROJECT = ProjectConfig.load();
    /** Metaspace, code, thread stacks, buffers and the collector: about 150 MB measured under load (bench/RESULTS.md). */
    private static final BigDecimal OUTSIDE_THE_HEAP = BigDecimal.valueOf(192L << 20);

    private static List<String> jvmArguments() {
        return Arrays.stream(PROJECT.setting("quarkus.jib.jvm-additional-arguments", "").split(",")).map(String::trim)
                .toList();
    }

    private static BigDecimal percentage(String option) {
        return jvmArguments().stream().filter(a -> a.startsWith("-XX:" + option + "="))
                .map(a -> new BigDecimal(a.substring(a.indexOf('=') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no -XX:" + option + " in the image's JVM arguments"));
    }

    @Test
    void heapShareOfTheJvmOverlaysLimitLeavesRoomForTheRestOfTheProcess() {
        ResourceRequirements resources = manifests("dev").container().getResources();
        BigDecimal limit = Quantity.getAmountInBytes(resources.getLimits().get("memory"));
        BigDecimal heap = limit.multiply(percentage("MaxRAMPercentage")).divide(BigDecimal.valueOf(100));

        assertThat(heap.add(OUTSIDE_THE_HEAP)).isLessThanOrEqualTo(limit);
    }

    @Test
    void jvmTakesItsHeapAtStartAndTheOverlayRequestsWhatItUses() {
        ResourceRequirements resources = manifests("dev").container().getResources();

        assertThat(percentage("InitialRAMPercentage")).isEqualByComparingTo(percentage("MaxRAMPercentage"));
        assertThat(resources.getRequests().get("memory")).isEqualTo(resources.getLimits().get("memory"));
    }
}
