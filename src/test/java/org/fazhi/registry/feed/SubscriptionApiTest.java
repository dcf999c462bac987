package org.fazhi.registry.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SubscriptionApiTest {

    private static final int ATTEMPTS = 20;

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private Vertx vertx;
    private WebSocket socket;

    @BeforeEach
    void connect() throws Exception {
        vertx = Vertx.vertx();
        socket = vertx.createWebSocketClient()
                .connect(new WebSocketConnectOptions().setHost("localhost").setPort(RestAssured.port)
                        .setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            if ("ping".equals(message.getString("type"))) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            } else {
                received.add(message);
            }
        });
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        assertThat(next().getString("type")).isEqualTo("connection_ack");
    }

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void shouldAnnounceASubmittedReportToSubscribers() throws Exception {
        socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe")
                .put("payload", new JsonObject().put("query", "subscription { reportSubmitted { id reportYear submittedBy } }"))
                .encode());
        String organisation = GraphQL.asEditor().data("""
                mutation($code: String!) {
                  upsertOrganisation(input: {name: "洛宁县人民政府", kind: GOVERNMENT, creditCode: $code}) { organisation { id } }
                }""", "code", CreditCodes.next()).getString("upsertOrganisation.organisation.id");

        // The protocol does not confirm a subscription, so submit until the first announcement arrives.
        List<String> submitted = new ArrayList<>();
        JsonObject announcement = null;
        for (int year = 2001; announcement == null && submitted.size() < ATTEMPTS; year++) {
            submitted.add(GraphQL.asEditor().data("""
                    mutation($org: ID!, $year: Int!) {
                      submitReport(input: {organisation: {id: $org}, reportYear: $year, text: "洛宁县法治政府建设年度报告"}) { report { id } }
                    }""", "org", organisation, "year", year).getString("submitReport.report.id"));
            announcement = received.poll(1, TimeUnit.SECONDS);
        }

        assertThat(announcement).isNotNull();
        assertThat(announcement.getString("type")).as(announcement.encode()).isEqualTo("next");
        JsonObject report = announcement.getJsonObject("payload").getJsonObject("data").getJsonObject("reportSubmitted");
        assertThat(submitted).contains(report.getString("id"));
        assertThat(report.getString("submittedBy")).isEqualTo(GraphQL.EDITOR_SUBJECT);
    }

    @Test
    void shouldRefuseAMutationSentOverTheWebSocketWithoutAToken() throws Exception {
        Map<String, Long> before = Database.rowCounts();

        socket.writeTextMessage(new JsonObject().put("id", "2").put("type", "subscribe")
                .put("payload", new JsonObject().put("query",
                        "mutation { upsertOrganisation(input: {name: \"偃师区司法局\", kind: DEPARTMENT}) { organisation { id } } }"))
                .encode());

        JsonObject answer = next();
        assertThat(answer.getString("type")).isEqualTo("error");
        assertThat(answer.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    private JsonObject next() throws InterruptedException {
        JsonObject message = received.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("a message within 10 s").isNotNull();
        return message;
    }
}
