package org.fazhi.registry.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Cheap reads sent while a hostile or heavy request is served, to show that the others still get their answers.
 * Each must answer within {@link #ANSWER_SECONDS}: a bound generous enough for a machine shared with other builds;
 * how fast they answer is measured by the load benchmark ({@code bench/run-load.sh}).
 */
public final class CheapReads {

    public static final int ANSWER_SECONDS = 30;
    private static final String QUERY = "{ organisations(first: 1) { totalCount } }";

    private final List<CompletableFuture<Response>> sent = new ArrayList<>();

    /** Sends {@code count} cheap reads at once, each on a thread of its own. */
    public static CheapReads send(int count) {
        CheapReads reads = new CheapReads();
        for (int i = 0; i < count; i++) {
            reads.sent.add(inParallel(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("query", QUERY)).when().post("/graphql")));
        }
        return reads;
    }

    /**
     * Runs {@code request} on a thread of its own: the common pool has one thread on a two-core machine, where
     * requests would wait for each other in the client instead of meeting in the service.
     */
    public static <T> CompletableFuture<T> inParallel(Supplier<T> request) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                answer.complete(request.get());
            } catch (RuntimeException | AssertionError e) {
                answer.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return answer;
    }

    /** Fails unless every read answered 200 with its data and no error. */
    public void assertAnswered() throws Exception {
        for (CompletableFuture<Response> read : sent) {
            Response response = read.get(ANSWER_SECONDS, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getList("errors")).isNull();
            assertThat(response.jsonPath().getInt("data.organisations.totalCount")).isNotNegative();
        }
    }
}
