package org.fazhi.registry.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fazhi.registry.testing.DevTokens;

/**
 * Mixed load on the packaged service, on loopback, for a bounded time: reads, searches, parses and submissions
 * from a few client threads at once, against the jar started with a 384 MB heap on an embedded PostgreSQL of its own.
 * It reports every request that failed (an HTTP status other than 200, a GraphQL error or a user error), the latency
 * of each kind, and the resident memory of the service over the run. Run with
 * {@code bench/run-load.sh [seconds] [clients]} (default 300 s, 8 clients).
 */
public final class LoadBenchmark {

    private static final String HEAP = "-Xmx384m";

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (PackagedService service = PackagedService.start("load", List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"))) {
            BenchClient client = new BenchClient(service.endpoint(),
                    DevTokens.issue("bench-editor", Duration.ofHours(2), "editor"));
            LoadMix mix = new LoadMix(client);
            mix.warmUp();
            MemorySamples memory = MemorySamples.of(service.pid(), service.endpoint(), Duration.ofSeconds(5));
            Instant started = Instant.now();
            LoadMix.Results results = mix.run(Duration.ofSeconds(seconds), clients);
            memory.stop();
            report(seconds, clients, results, memory, Duration.between(started, Instant.now()));
            System.out.println(service.state());
        }
    }

    private static void report(int seconds, int clients, LoadMix.Results results, MemorySamples memory, Duration took) {
        System.out.printf("%n%d s, %d clients, heap %s, on loopback (%s)%n", seconds, clients, HEAP, took);
        System.out.printf("requests %d (%.1f/s), failed %d%n", results.total(), results.total() / (double) took.toSeconds(),
                results.failed());
        System.out.println("| kind | requests | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (LoadMix.KindResult kind : results.kinds()) {
            System.out.printf("| %s | %d | %.0f | %.0f | %.0f |%n", kind.name(), kind.count(), kind.percentile(50),
                    kind.percentile(99), kind.percentile(100));
        }
        LoadMix.KindResult all = results.overall();
        System.out.printf("| all | %d | %.0f | %.0f | %.0f |%n", all.count(), all.percentile(50), all.percentile(99),
                all.percentile(100));
        List<Long> rss = memory.rss();
        System.out.printf("RSS MB: start %d, peak %d, end %d; committed heap MB: peak %d; live heap after the last "
                + "major GC MB: start %d, end %d; RSS beyond the committed heap MB: peak %d%n", rss.get(0),
                max(rss), rss.get(rss.size() - 1), max(memory.heapCommitted()), memory.liveHeap().get(0),
                memory.liveHeap().get(memory.liveHeap().size() - 1), beyondHeap(memory));
        System.out.println("RSS MB every 5 s: " + rss);
        results.failures().forEach(f -> System.out.println("failure: " + f));
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static long beyondHeap(MemorySamples memory) {
        long beyond = 0;
        for (int i = 0; i < Math.min(memory.rss().size(), memory.heapCommitted().size()); i++) {
            beyond = Math.max(beyond, memory.rss().get(i) - memory.heapCommitted().get(i));
        }
        return beyond;
    }
}
