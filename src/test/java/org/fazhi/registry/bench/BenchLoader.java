package org.fazhi.registry.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.registry.bench.BenchCorpus.Body;
import org.fazhi.registry.testing.DevTokens;

/**
 * Loads the benchmark's 2,000 reports ({@link BenchCorpus}) into a running service through its API, as
 * an integrator would: {@code upsertOrganisation} for each body, then {@code submitReport} for each text,
 * two at a time. Usage: {@code BenchLoader GRAPHQL_URL}; prints how long it took.
 */
public final class BenchLoader {

    private static final String UPSERT = """
            mutation($input: UpsertOrganisationInput!) { upsertOrganisation(input: $input) {
              organisation { id } userErrors { code message } } }""";
    private static final String SUBMIT = """
            mutation($input: SubmitReportInput!) { submitReport(input: $input) {
              report { id } userErrors { code message } } }""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String token = DevTokens.issue("bench-loader", Duration.ofHours(2), "editor");

    private BenchLoader(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        BenchLoader loader = new BenchLoader(URI.create(args[0]));
        BenchCorpus corpus = new BenchCorpus();
        List<Body> bodies = BenchCorpus.bodies();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Body body = bodies.get(i);
            String id = loader.upsert(body);
            int index = i;
            for (int year = BenchCorpus.FIRST_YEAR; year < BenchCorpus.FIRST_YEAR + BenchCorpus.YEARS; year++) {
                int y = year;
                submissions.add(workers.submit(() -> loader.submit(id, y, corpus.text(body, index, y))));
            }
        }
        for (Future<?> submission : submissions) {
            submission.get();
        }
        workers.shutdown();
        System.out.printf("%d bodies and %d reports loaded in %.0f s%n", bodies.size(), submissions.size(),
                (System.nanoTime() - start) / 1e9);
    }

    private String upsert(Body body) throws IOException, InterruptedException {
        JsonObject input = new JsonObject().put("name", body.name()).put("kind", body.kind())
                .put("divisionCode", body.division());
        return call(UPSERT, input, "upsertOrganisation").getJsonObject("organisation").getString("id");
    }

    private Void submit(String organisation, int year, String text) throws IOException, InterruptedException {
        JsonObject input = new JsonObject().put("organisation", new JsonObject().put("id", organisation))
                .put("reportYear", year).put("text", text);
        call(SUBMIT, input, "submitReport");
        return null;
    }

    /** Runs {@code mutation} and returns its payload; fails on any GraphQL or user error. */
    private JsonObject call(String mutation, JsonObject input, String field) throws IOException, InterruptedException {
        String body = new JsonObject().put("query", mutation).put("variables", new JsonObject().put("input", input))
                .encode();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject answer = new JsonObject(response.body());
        JsonObject payload = answer.getJsonObject("data") == null ? null : answer.getJsonObject("data").getJsonObject(field);
        if (payload == null || !payload.getJsonArray("userErrors").isEmpty()) {
            throw new IllegalStateException(field + " failed: " + response.body());
        }
        return payload;
    }
}
