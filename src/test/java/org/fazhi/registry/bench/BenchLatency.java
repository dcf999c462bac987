package org.fazhi.registry.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency of one GraphQL request sent again and again, one at a time on one kept-alive connection: unrecorded
 * warm-up requests, then up to {@code REQUESTS} recorded ones or as many as {@code SECONDS} allow, whichever ends
 * first. Prints "requests p50_ms p99_ms errors" (an error: not HTTP 200, or a body carrying GraphQL errors).
 * Usage: {@code BenchLatency URL BODY_FILE WARM_UP REQUESTS SECONDS}.
 */
public final class BenchLatency {

    private BenchLatency() {
    }

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of(args[1])))).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        for (int i = 0; i < Integer.parseInt(args[2]) && System.nanoTime() < deadline; i++) {
            client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        List<Double> millis = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < Integer.parseInt(args[3]) && System.nanoTime() < deadline; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1e6);
            errors += response.statusCode() != 200 || response.body().contains("\"errors\"") ? 1 : 0;
        }
        Collections.sort(millis);
        System.out.printf("%d %.1f %.1f %d%n", millis.size(), rank(millis, 0.50), rank(millis, 0.99), errors);
    }

    /** The value at {@code quantile} by nearest rank: of 200, the 198th smallest for 0.99. */
    private static double rank(List<Double> sorted, double quantile) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
    }
}
