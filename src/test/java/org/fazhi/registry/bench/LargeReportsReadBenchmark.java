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
import java.util.TreeMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.registry.testing.DevTokens;

/**
 * Whether a JVM pod of 512 Mi survives the heaviest public reads: 20 reports just inside the registry's size limits
 * ({@link LargeReportText}) read all at once with every list they hold, and each of them read alone the same way, by a
 * few clients at once. The jar is started as the image starts it in such a pod: the base image's JVM options, then the
 * image's own ({@code quarkus.jib.jvm-additional-arguments}), with {@code -XX:MaxRAM} standing for the container's
 * limit. It reports how each kind of read was answered (served, or the error code), how long it took and how large it
 * was, and the resident memory of the service against the limit. Run with
 * {@code bench/run-large-reads.sh [reads] [clients]} (default 42 reads, 4 clients): read k is of all 20 reports when
 * k is a multiple of 21, else of report k mod 21 alone.
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
    private static final String EVERYTHING = "reportYear title originalText normalisedText "
            + "sections { heading items { title text children { title text } } } "
            + "commitments { title text status evidence { score item { title } } } problems { title text } "
            + "metrics { value unit about } citations { title canonicalTitle }";
    private static final String ALL = "{ reports(first: 20) { nodes { " + EVERYTHING + " } } }";
    private static final String ONE = "query($id: ID!) { report(id: $id) { " + EVERYTHING + " } }";

    /** How one read was answered: the kind of read, its error code or {@code served}, its time and size. */
    private record Outcome(String kind, String answer, long millis, long bytes) {
    }

    private LargeReportsReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 42;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (PackagedService service = PackagedService.start("large-reads", podOptions())) {
            BenchClient client = new BenchClient(service.endpoint(),
                    DevTokens.issue("bench-editor", Duration.ofHours(2), "editor"));
            List<String> ids = store(client);
            MemorySamples memory = MemorySamples.of(service.pid(), service.endpoint(), Duration.ofSeconds(1));
            Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Thread reader = new Thread(() -> {
                    for (int k = next.getAndIncrement(); k < reads; k = next.getAndIncrement()) {
                        outcomes.add(k % (REPORTS + 1) == 0 ? read(client, "all 20", request(ALL))
                                : read(client, "one alone", request(ONE, "id", ids.get(k % (REPORTS + 1) - 1))));
                    }
                }, "reader-" + i);
                reader.start();
                threads.add(reader);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            memory.stop();
            report(reads, clients, outcomes, memory);
            System.out.println(service.state());
        }
    }

    private static void report(int reads, int clients, Queue<Outcome> outcomes, MemorySamples memory) throws Exception {
        System.out.printf("%n%d reads, %d clients, JVM options %s, pod limit %d MiB%n", reads, clients, podOptions(),
                POD_LIMIT_MB);
        System.out.println("| read | answer | count | p50 ms | max ms | MB each |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(o.kind() + " | " + o.answer(), g -> new ArrayList<>()).add(o));
        groups.forEach((group, list) -> {
            long[] millis = list.stream().mapToLong(Outcome::millis).sorted().toArray();
            System.out.printf("| %s | %d | %d | %d | %.1f |%n", group, list.size(), millis[(millis.length - 1) / 2],
                    millis[millis.length - 1], list.get(0).bytes() / (1024.0 * 1024));
        });
        System.out.printf("RSS MB: start %d, peak %d, end %d (limit %d); committed heap MB: peak %d%n",
                memory.rss().get(0), max(memory.rss()), memory.rss().get(memory.rss().size() - 1), POD_LIMIT_MB,
                max(memory.heapCommitted()));
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

    /** One organisation's reports of 20 years, each followed up into the next: their IDs. */
    private static List<String> store(BenchClient client) throws Exception {
        String organisation = json(client.send(true, request("mutation($n: String!) { upsertOrganisation(input: "
                + "{name: $n, kind: DEPARTMENT}) { organisation { id } } }", "n", ORGANISATION)))
                .at("/data/upsertOrganisation/organisation/id").asText();
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + REPORTS; year++) {
            String text = LargeReportText.of(ORGANISATION, year);
            JsonNode answer = json(client.send(true, request("mutation($i: SubmitReportInput!) { submitReport(input: $i) "
                    + "{ report { id } userErrors { code message } } }", "i", Map.of("organisation", Map.of("id", organisation),
                    "reportYear", year, "text", text))));
            if (answer.at("/data/submitReport/report/id").isMissingNode() || answer.has("errors")) {
                throw new IllegalStateException("the report of " + year + " was not stored: " + answer);
            }
            ids.add(answer.at("/data/submitReport/report/id").asText());
            System.out.printf("stored %d: %d KB of UTF-8%n", year, text.getBytes(StandardCharsets.UTF_8).length / 1024);
        }
        System.out.printf("stored %d reports in %d s%n", REPORTS, (System.nanoTime() - started) / 1_000_000_000);
        return ids;
    }

    private static Outcome read(BenchClient client, String kind, Map<String, Object> request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = client.send(false, request);
            long millis = (System.nanoTime() - started) / 1_000_000;
            JsonNode body = json(answer);
            String code = answer.statusCode() != 200 ? "HTTP " + answer.statusCode()
                    : body.has("errors") ? body.at("/errors/0/extensions/code").asText("error") : "served";
            return new Outcome(kind, code, millis, answer.body().getBytes(StandardCharsets.UTF_8).length);
        } catch (Exception e) {
            return new Outcome(kind, e.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000, 0);
        }
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
