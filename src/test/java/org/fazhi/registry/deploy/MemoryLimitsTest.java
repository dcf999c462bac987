package org.fazhi.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.deploy.ManifestsTest.manifests;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JVM image sizes its heap from the container's memory limit, the native deployment bounds its heap below its limit,
 * and both leave room beside the heap for the rest of the process.
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
    /**
     * What a native binary holds besides its heap (the image heap it maps, thread stacks, the allocator): an estimate,
     * never measured here; no metaspace and no compiled code at run time, so far less than the JVM's.
     */
    private static final BigDecimal NATIVE_BESIDES_HEAP = Quantity.getAmountInBytes(new Quantity("128Mi"));
    /** The report data all requests may be reading at once (registry.requests.reads-in-flight) take about four times as much heap as objects. */
    private static final BigDecimal READS_IN_FLIGHT_HEAP = new BigDecimal(PROJECT.setting("registry.requests.reads-in-flight", "0"))
            .multiply(BigDecimal.valueOf(4));
    private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\d+)m");

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

    @ParameterizedTest
    @ValueSource(strings = {"base", "prod"})
    void theNativeDeploymentBoundsItsHeapBelowTheLimit(String set) {
        Container container = manifests(set).container();
        BigDecimal limit = Quantity.getAmountInBytes(container.getResources().getLimits().get("memory"));
        BigDecimal heap = nativeMaxHeap(container);

        assertThat(heap).as("holds the reads in flight").isGreaterThan(READS_IN_FLIGHT_HEAP);
        assertThat(limit.subtract(heap)).isGreaterThanOrEqualTo(NATIVE_BESIDES_HEAP);
        assertThat(container.getResources().getRequests().get("memory")).as("requested in full")
                .isEqualTo(container.getResources().getLimits().get("memory"));
    }

    @Test
    void theJvmDeploymentPassesNoNativeHeapArgument() {
        assertThat(manifests("dev").container().getArgs()).isEmpty();
    }

    @Test
    void theJvmTakesItsWholeHeapAtStart() {
        // A heap that starts small keeps a young generation too small for a busy service.
        assertThat(percentage(INITIAL_PERCENTAGE)).isEqualByComparingTo(heapPercentage());
    }

    private static BigDecimal nativeMaxHeap(Container container) {
        Matcher heap = MAX_HEAP.matcher(String.join(" ", container.getArgs()));
        assertThat(heap.find()).as("the native container is given -Xmx<n>m").isTrue();
        return BigDecimal.valueOf(Long.parseLong(heap.group(1)) << 20);
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
