package org.fazhi.registry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a running service, sampled at a fixed interval, in MB: its resident set (VmRSS of {@code /proc}), the
 * heap it has committed ({@code jvm_memory_committed_bytes} of its heap pools) and what its data still held after the
 * last major collection ({@code jvm_gc_live_data_size_bytes}). The resident set less the committed heap is what the
 * JVM needs besides its heap.
 */
final class MemorySamples {

    private static final Pattern RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB$", Pattern.MULTILINE);
    private static final Pattern LIVE = Pattern.compile("^jvm_gc_live_data_size_bytes(?:\\{[^}]*})? ([0-9.E]+)$",
            Pattern.MULTILINE);

    private static final Pattern HEAP_COMMITTED = Pattern.compile(
            "^jvm_memory_committed_bytes\\{area=\"heap\"[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);

    private final List<Long> rss = new CopyOnWriteArrayList<>();
    private final List<Long> heapCommitted = new CopyOnWriteArrayList<>();
    private final List<Long> liveHeap = new CopyOnWriteArrayList<>();
    private final Thread sampler;

    private MemorySamples(long pid, URI endpoint, Duration interval) {
        HttpClient client = HttpClient.newHttpClient();
        sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    sample(pid, endpoint, client);
                    Thread.sleep(interval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "memory-samples");
        sampler.setDaemon(true);
    }

    /** Starts sampling process {@code pid}, whose metrics {@code endpoint} serves. */
    static MemorySamples of(long pid, URI endpoint, Duration interval) {
        MemorySamples samples = new MemorySamples(pid, endpoint, interval);
        samples.sampler.start();
        return samples;
    }

    void stop() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }

    List<Long> rss() {
        return rss;
    }

    List<Long> heapCommitted() {
        return heapCommitted;
    }

    List<Long> liveHeap() {
        return liveHeap;
    }

    private static long megabytes(String bytes) {
        return (long) Double.parseDouble(bytes) / (1024 * 1024);
    }

    private void sample(long pid, URI endpoint, HttpClient client) throws InterruptedException {
        try {
            Matcher resident = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            if (resident.find()) {
                rss.add(Long.parseLong(resident.group(1)) / 1024);
            }
            String metrics = client.send(HttpRequest.newBuilder(endpoint.resolve("/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher live = LIVE.matcher(metrics);
            if (live.find()) {
                liveHeap.add(megabytes(live.group(1)));
            }
            long committed = 0;
            for (Matcher pool = HEAP_COMMITTED.matcher(metrics); pool.find(); ) {
                committed += megabytes(pool.group(1));
            }
            heapCommitted.add(committed);
        } catch (IOException e) {
            // the service is gone or busy: the sample is skipped
        }
    }
}
