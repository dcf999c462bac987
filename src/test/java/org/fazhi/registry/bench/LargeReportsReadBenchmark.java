package org.fazhi.registry.bench;

import static org.fazhi.registry.bench.BenchClient.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.registry.testing.DevTokens;

/**
 * Whether a JVM pod of 512 Mi survives the heaviest public read: 20 reports just inside the registry's size limits
 * ({@link LargeReportText}), read with every list they hold, by a few clients at once. The jar is started as the
 * image starts it in such a pod: the base image's JVM options, then the image's own
 * ({@code quarkus.jib.jvm-additional-arguments}), with {@code -XX:MaxRAM} standing for the container's limit. It
 * reports the reads that failed, their times and sizes, and the resident memory of the service against the limit.
 * Run with {@code bench/run-large-reads.sh [reads] [clients]} (default 10 reads, 2 clients).
 */
public final class LargeReportsReadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POD_LIMIT_MB = 512;
    /** What the start script of the base image (ubi9/openjdk-17-runtime) passes before the image's own options. */
    private static final List<String> BASE_IMAGE_OPTIONS = List.of("-XX:MaxRAMPercentage=80.0", "-XX:+UseParallelGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:GCTimeRatio=4", "-XX:AdaptiveSizePolicyWeight=90",
            "-XX:+ExitOnOutOfMemoryError");
    private static final String ORGANISATION = "大数县司法局";
    private static final int FIRST_YEAR = 2005;
    private static final int REPORTS = 20;
    private static final String READ = "{ reports(first: 20) { nodes { reportYear title originalText normalisedText "
            + "sections { heading items { title text children { title text } } } "
            + "commitments { title text status evidence { score item { title } } } problems { title text } "
            + "metrics { value unit about } citations { title canonicalTitle } } } }";

    private LargeReportsReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (PackagedService service = PackagedService.start(podOptions())) {
            BenchClient client = new BenchClient(service.endpoint(),
                    DevTokens.issue("bench-editor", Duration.ofHours(2), "editor"));
            store(client);
            MemorySamples memory = MemorySamples.of(service.pid(), service.endpoint(), Duration.ofSeconds(1));
            Queue<String> outcomes = new ConcurrentLinkedQueue<>();
            AtomicInteger left = new AtomicInteger(reads);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Thread reader = new Thread(() -> readWhileLeft(client, left, outcomes), "reader-" + i);
                reader.start();
                threads.add(reader);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            memory.stop();
            System.out.printf("%n%d reads of the %d reports, %d clients, JVM options %s, pod limit %d MiB%n", reads, REPORTS,
                    clients, podOptions(), POD_LIMIT_MB);
            outcomes.forEach(System.out::println);
            System.out.printf("RSS MB: start %d, peak %d, end %d (limit %d); committed heap MB: peak %d%n",
                    memory.rss().get(0), max(memory.rss()), memory.rss().get(memory.rss().size() - 1), POD_LIMIT_MB,
                    max(memory.heapCommitted()));
            System.out.println(service.isAlive() ? "the service is still up" : "the service DIED; see " + PackagedService.LOG);
        }
    }

    /** The JVM options of the image in a pod of {@link #POD_LIMIT_MB}. */
    private static List<String> podOptions() throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        List<String> options = new ArrayList<>(BASE_IMAGE_OPTIONS);
        options.addAll(Arrays.asList(properties.getProperty("quarkus.jib.jvm-additional-arguments").trim().split(",")));
        options.add("-XX:MaxRAM=" + POD_LIMIT_MB + "m");
        return options;
    }

    /** One organisation's reports of 20 years, each followed up into the next. */
    private static void store(BenchClient client) throws Exception {
        String organisation = json(client.send(true, request("mutation($n: String!) { upsertOrganisation(input: "
                + "{name: $n, kind: DEPARTMENT}) { organisation { id } } }", "n", ORGANISATION)))
                .at("/data/upsertOrganisation/organisation/id").asText();
        long started = System.nanoTime();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + REPORTS; year++) {
            String text = LargeReportText.of(ORGANISATION, year);
            JsonNode answer = json(client.send(true, request("mutation($i: SubmitReportInput!) { submitReport(input: $i) "
                    + "{ report { id } userErrors { code message } } }", "i", Map.of("organisation", Map.of("id", organisation),
                    "reportYear", year, "text", text))));
            if (answer.at("/data/submitReport/report/id").isMissingNode() || answer.has("errors")) {
                throw new IllegalStateException("the report of " + year + " was not stored: " + answer);
            }
            System.out.printf("stored %d: %d KB of UTF-8%n", year, text.getBytes(StandardCharsets.UTF_8).length / 1024);
        }
        System.out.printf("stored %d reports in %d s%n", REPORTS, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static void readWhileLeft(BenchClient client, AtomicInteger left, Queue<String> outcomes) {
        while (left.getAndDecrement() > 0) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> answer = client.send(false, request(READ));
                long millis = (System.nanoTime() - started) / 1_000_000;
                outcomes.add(answer.statusCode() == 200 && !answer.body().contains("\"errors\"")
                        ? "read in " + millis + " ms: " + answer.body().getBytes(StandardCharsets.UTF_8).length / (1024 * 1024)
                                + " MB of JSON, " + parts(json(answer))
                        : "FAILED after " + millis + " ms: " + answer.statusCode() + " " + head(answer.body()));
            } catch (Exception e) {
                outcomes.add("FAILED: " + e);
            }
        }
    }

    /** How many reports, items (all levels), commitments, problems, metrics and citations a read returned. */
    private static String parts(JsonNode answer) {
        long[] counts = new long[6];
        for (JsonNode report : answer.at("/data/reports/nodes")) {
            counts[0]++;
            report.get("sections").forEach(section -> counts[1] += items(section.get("items")));
            counts[2] += report.get("commitments").size();
            counts[3] += report.get("problems").size();
            counts[4] += report.get("metrics").size();
            counts[5] += report.get("citations").size();
        }
        return String.format("%d reports, %d items, %d commitments, %d problems, %d metrics, %d citations", counts[0],
                counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private static long items(JsonNode items) {
        long count = items.size();
        for (JsonNode item : items) {
            count += items(item.get("children"));
        }
        return count;
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    private static String head(String body) {
        return body.length() > 300 ? body.substring(0, 300) + " …" : body;
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
