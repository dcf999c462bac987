package org.fazhi.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.deploy.ManifestsTest.manifests;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM image sizes its heap from the container's memory limit, and the JVM deployment leaves room beside that heap
 * for the rest of the JVM.
 */
class MemoryLimitsTest {

    private static final ProjectConfig PROJECT = ProjectConfig.load();
    private static final Pattern PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern INITIAL_PERCENTAGE = Pattern.compile("-XX:InitialRAMPercentage=(\\d+(?:\\.\\d+)?)");
    /**
     * What the service's JVM holds besides its heap (metaspace, code, thread stacks, the allocator, buffers): up to
     * 276 MB in the benchmarks with the image's options (bench/RESULTS.md).
     */
    private static final BigDecimal BESIDES_HEAP = Quantity.getAmountInBytes(new Quantity("280Mi"));

    @Test
    void theJvmImageTakesItsHeapAsAShareOfTheContainerLimit() {
        assertThat(heapPercentage()).isBetween(BigDecimal.valueOf(25), BigDecimal.valueOf(75));
    }

    @Test
    void theJvmDeploymentLeavesRoomBesideTheHeap() {
        ResourceRequirements resources = manifests("dev").container().getResources();
        BigDecimal limit = Quantity.getAmountInBytes(resources.getLimits().get("memory"));
        BigDecimal heap = limit.multiply(heapPercentage()).movePointLeft(2);

        assertThat(limit.subtract(heap)).isGreaterThanOrEqualTo(BESIDES_HEAP);
        assertThat(resources.getRequests().get("memory")).as("requested in full").isEqualTo(resources.getLimits().get("memory"));
    }

    @Test
    void theJvmTakesItsWholeHeapAtStart() {
        // A heap that starts small keeps a young generation too small for a busy service.
        assertThat(percentage(INITIAL_PERCENTAGE)).isEqualByComparingTo(heapPercentage());
    }

    private static BigDecimal heapPercentage() {
        return percentage(PERCENTAGE);
    }

    private static BigDecimal percentage(Pattern option) {
        Matcher percentage = option.matcher(PROJECT.setting("quarkus.jib.jvm-additional-arguments", ""));
        assertThat(percentage.find()).as("quarkus.jib.jvm-additional-arguments sets " + option).isTrue();
        return new BigDecimal(percentage.group(1));
    }
}
