package org.fazhi.registry.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.Subscriber;
import org.junit.jupiter.api.Test;

/**
 * Subscribers over WebSocket hear of what was committed, and read it with their own rights: the token of the
 * subscriber decides what they see, never the token of the writer whose change they hear of.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SubscriptionApiTest {

    private static final int ATTEMPTS = 20;
    private static final String REPORTS = "subscription { reportSubmitted { id reportYear submittedBy } }";
    private static final GraphQL.Bearer REVIEWER =
            GraphQL.as(DevTokens.issue("test-reviewer", Duration.ofHours(1), "reviewer"));

    @Test
    void shouldAnnounceASubmittedReportWithoutItsSubmitterToAnAnonymousSubscriber() throws Exception {
        try (Subscriber subscriber = Subscriber.anonymous()) {
            subscriber.subscribe("1", REPORTS);

            JsonObject report = submitUntilAnnounced(subscriber, "洛宁县人民政府");

            assertThat(report.containsKey("submittedBy")).isTrue();
            assertThat(report.getString("submittedBy")).isNull();
        }
    }

    @Test
    void shouldShowTheSubmitterToASubscriberWithAReaderToken() throws Exception {
        try (Subscriber subscriber = Subscriber.with(GraphQL.asReader().token())) {
            subscriber.subscribe("1", REPORTS);

            JsonObject report = submitUntilAnnounced(subscriber, "宜阳县人民政府");

            assertThat(report.getString("submittedBy")).isEqualTo(GraphQL.EDITOR_SUBJECT);
        }
    }

    @Test
    void shouldAnnounceACommitmentWhoseStatusAReviewerChanged() throws Exception {
        String plan = Files.readString(Path.of("src/test/resources/followup/2024.txt"), StandardCharsets.UTF_8)
                .replace("测试县司法局", "栾川县司法局");
        String report = GraphQL.asEditor().data("""
                mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { id } } }""",
                "input", Map.of("text", plan)).getString("submitReport.report.id");
        String commitment = GraphQL.data("query($id: ID!) { report(id: $id) { commitments { id } } }", "id", report)
                .getString("report.commitments[0].id");

        try (Subscriber subscriber = Subscriber.anonymous()) {
            subscriber.subscribe("1", "subscription { commitmentStatusChanged { id status statusSource } }");
            JsonObject announcement = null;
            List<String> decided = List.of("FULFILLED", "PARTIAL");
            for (int attempt = 0; announcement == null && attempt < ATTEMPTS; attempt++) {
                assertThat(REVIEWER.data("""
                        mutation($c: ID!, $s: CommitmentStatus!) {
                          reviewCommitment(input: {commitmentId: $c, status: $s, note: "复核"}) { userErrors { code } }
                        }""", "c", commitment, "s", decided.get(attempt % 2))
                        .getList("reviewCommitment.userErrors")).isEmpty();
                announcement = subscriber.poll();
            }

            JsonObject changed = dataOf(announcement).getJsonObject("commitmentStatusChanged");
            assertThat(changed.getString("id")).isEqualTo(commitment);
            assertThat(changed.getString("status")).isIn(decided);
            assertThat(changed.getString("statusSource")).isEqualTo("REVIEWER");
        }
    }

    @Test
    void shouldRefuseAMutationSentOverTheWebSocketWithoutAToken() throws Exception {
        Map<String, Long> before = Database.rowCounts();

        try (Subscriber subscriber = Subscriber.anonymous()) {
            subscriber.subscribe("2",
                    "mutation { upsertOrganisation(input: {name: \"偃师区司法局\", kind: DEPARTMENT}) { organisation { id } } }");

            JsonObject answer = subscriber.next();
            assertThat(answer.getString("type")).isEqualTo("error");
            assertThat(answer.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .isEqualTo("UNAUTHENTICATED");
        }
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    /**
     * Submits reports of a new organisation named {@code name} until the subscriber hears of one (the protocol does
     * not confirm a subscription), and returns the report it heard of, checked to be one of those submitted.
     */
    private static JsonObject submitUntilAnnounced(Subscriber subscriber, String name) throws InterruptedException {
        String organisation = GraphQL.asEditor().data("""
                mutation($name: String!, $code: String!) {
                  upsertOrganisation(input: {name: $name, kind: GOVERNMENT, creditCode: $code}) { organisation { id } }
                }""", "name", name, "code", CreditCodes.next()).getString("upsertOrganisation.organisation.id");
        List<String> submitted = new ArrayList<>();
        JsonObject announcement = null;
        for (int year = 2001; announcement == null && submitted.size() < ATTEMPTS; year++) {
            submitted.add(GraphQL.asEditor().data("""
                    mutation($org: ID!, $year: Int!, $text: String!) {
                      submitReport(input: {organisation: {id: $org}, reportYear: $year, text: $text}) { report { id } }
                    }""", "org", organisation, "year", year, "text", name + "法治政府建设年度报告")
                    .getString("submitReport.report.id"));
            announcement = subscriber.poll();
        }
        JsonObject report = dataOf(announcement).getJsonObject("reportSubmitted");
        assertThat(submitted).contains(report.getString("id"));
        return report;
    }

    private static JsonObject dataOf(JsonObject announcement) {
        assertThat(announcement).as("an announcement").isNotNull();
        assertThat(announcement.getString("type")).as(announcement.encode()).isEqualTo("next");
        return announcement.getJsonObject("payload").getJsonObject("data");
    }
}
