package org.fazhi.registry.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.Json;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty people on a dashboard at once: every one of them gets the nested answer, built by PostgreSQL
 * (POST) or level by level by the GraphQL engine (GET), and afterwards the connection pool is idle again,
 * also when clients hang up in the middle of their requests.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ConcurrentReadsTest {

    private static final int CLIENTS = 50;
    private static final String DASHBOARD = """
            { reports(first: 20) { nodes { id title organisation { name } sections { kind heading items { title } }
              commitments { title status } } } }""";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void load() {
        ReadingData.load();
    }

    @Test
    void shouldAnswerFiftyConcurrentNestedQueriesWithoutErrors() throws Exception {
        fiftyAtOnce(() -> GraphQL.post(DASHBOARD).extract().jsonPath());
    }

    @Test
    void shouldAnswerFiftyConcurrentNestedQueriesThroughTheEngineWithoutErrors() throws Exception {
        // By GET the GraphQL engine resolves each level, rather than PostgreSQL building the whole answer.
        fiftyAtOnce(() -> RestAssured.given().queryParam("query", DASHBOARD).when().get("/graphql")
                .then().statusCode(200).extract().jsonPath());
    }

    private void fiftyAtOnce(Callable<JsonPath> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();

        for (Future<JsonPath> answer : answers) {
            JsonPath json = answer.get();
            assertThat(json.getList("errors")).isNull();
            assertThat(json.getList("data.reports.nodes")).isNotEmpty();
            assertThat(json.getList("data.reports.nodes.sections.flatten()")).isNotEmpty();
        }
        clients.shutdown();
        assertThat(poolIdleWithin(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void shouldReleaseEveryConnectionWhenClientsHangUpMidRequest() throws Exception {
        byte[] body = ("{\"query\":" + Json.encode(DASHBOARD) + "}").getBytes(StandardCharsets.UTF_8);
        byte[] post = ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n" + new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        byte[] get = ("GET /graphql?query=" + URLEncoder.encode(DASHBOARD, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 40; i++) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(i % 2 == 0 ? post : get); // PostgreSQL's JSON, or the engine level by level
                out.flush();
                Thread.sleep(i % 10); // hang up at different points of the request
            }
        }

        assertThat(poolIdleWithin(Duration.ofSeconds(10))).isTrue();
        GraphQL.data(DASHBOARD);
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }

    /** True once no connection is checked out of the pool; false if that does not happen in {@code time}. */
    private boolean poolIdleWithin(Duration time) throws InterruptedException {
        Instant deadline = Instant.now().plus(time);
        while (Instant.now().isBefore(deadline)) {
            if (dataSource.getMetrics().activeCount() == 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
