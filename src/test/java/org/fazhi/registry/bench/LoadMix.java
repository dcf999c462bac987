package org.fazhi.registry.bench;

import static org.fazhi.registry.bench.BenchClient.request;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The requests of the load benchmark, by weight: a front end's reads (lists of reports, commitments and organisations)
 * and searches, an editor's previews and an integrator's submissions. Each submission is a sample report with a line
 * of its own, so it is stored as a new version rather than recognised as a repeat.
 */
final class LoadMix {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final List<String> SEARCHES = List.of("法治", "行政复议", "普法", "政务公开", "执法");

    /** One kind of request: its share of the load, and the GraphQL request it sends for the n-th time. */
    private record Kind(String name, int weight, boolean editor, LongFunction<Map<String, Object>> request) {
    }

    /** The latencies of one kind, in milliseconds. */
    record KindResult(String name, double[] millis) {
        long count() {
            return millis.length;
        }

        double percentile(int p) {
            return millis.length == 0 ? 0 : millis[Math.max(0, (int) Math.ceil(p / 100.0 * millis.length) - 1)];
        }
    }

    /** What a run measured. */
    record Results(List<KindResult> kinds, KindResult overall, long failed, List<String> failures) {
        long total() {
            return overall.count();
        }
    }

    private final BenchClient client;
    private final List<String> texts = new ArrayList<>();
    private final List<Kind> kinds;
    private final Map<String, Queue<Double>> latencies = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong failed = new AtomicLong();

    LoadMix(BenchClient client) {
        this.client = client;
        this.kinds = List.of(
                new Kind("reports", 20, false, n -> request("{ reports(first: 20) { totalCount nodes { id title reportYear "
                        + "organisation { name } complianceFindings { rule } } } }")),
                new Kind("commitments", 20, false, n -> request("{ commitments(first: 20) { totalCount nodes { title status "
                        + "report { organisation { name } } } } }")),
                new Kind("organisations", 15, false, n -> request("{ organisations(first: 20) { totalCount nodes { id name kind } } }")),
                new Kind("search", 15, false, n -> request("query($q: String!) { search(query: $q, first: 10) { totalCount "
                        + "nodes { kind snippet report { title } } } }", "q", SEARCHES.get((int) (n % SEARCHES.size())))),
                new Kind("parse", 15, false, n -> request("query($t: String!) { parseReport(text: $t) { title reportYear "
                        + "sections { kind } commitments { title } } }", "t", texts.get((int) (n % texts.size())))),
                new Kind("submit", 15, true, n -> request("mutation($t: String!) { submitReport(input: {text: $t}) { created "
                        + "report { id } userErrors { code } } }", "t", texts.get((int) (n % texts.size()))
                        + "\n全年办理行政复议案件" + n + "件。")));
    }

    /** Keeps the sample reports that name their organisation, and sends each kind of request once. */
    void warmUp() throws IOException, InterruptedException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                String answer = client.send(true, request("mutation($t: String!) { submitReport(input: {text: $t}) { userErrors { code } } }",
                        "t", text)).body();
                if (answer.contains("\"userErrors\":[]")) {
                    texts.add(text);
                }
            }
        }
        for (Kind kind : kinds) {
            client.send(kind.editor(), kind.request().apply(0));
        }
    }

    /** Sends requests from {@code clients} threads for {@code duration}, each as soon as its last one was answered. */
    Results run(Duration duration, int clients) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong sequence = new AtomicLong(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    once(pick(), sequence.getAndIncrement());
                }
            }, "load-client-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<KindResult> results = kinds.stream().map(k -> result(k.name(), latencies.getOrDefault(k.name(), new ConcurrentLinkedQueue<>())))
                .toList();
        Queue<Double> all = new ConcurrentLinkedQueue<>();
        latencies.values().forEach(all::addAll);
        return new Results(results, result("all", all), failed.get(), List.copyOf(failures));
    }

    private void once(Kind kind, long n) {
        long start = System.nanoTime();
        String failure;
        try {
            HttpResponse<String> answer = client.send(kind.editor(), kind.request().apply(n));
            failure = answer.statusCode() != 200 || answer.body().contains("\"errors\"")
                    || (kind.editor() && !answer.body().contains("\"userErrors\":[]"))
                    ? kind.name() + " " + answer.statusCode() + " " + answer.body() : null;
        } catch (IOException e) {
            failure = kind.name() + " " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        latencies.computeIfAbsent(kind.name(), k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - start) / 1e6);
        if (failure != null && failed.incrementAndGet() <= 10) {
            failures.add(failure.length() > 500 ? failure.substring(0, 500) : failure);
        }
    }

    private Kind pick() {
        int total = kinds.stream().mapToInt(Kind::weight).sum();
        int r = ThreadLocalRandom.current().nextInt(total);
        for (Kind kind : kinds) {
            r -= kind.weight();
            if (r < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }

    private static KindResult result(String name, Queue<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new KindResult(name, sorted);
    }
}
