package org.fazhi.registry.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * Two years of one organisation: the 2024 plan promises three things, the 2025 report carries out two of
 * them and repeats a problem of 2024.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CommitmentFollowUpApiTest {

    static final String SUBMIT = """
            mutation($input: SubmitReportInput!) {
              submitReport(input: $input) { report { id organisation { id } } userErrors { code message } }
            }""";
    static final String COMMITMENTS = """
            query($id: ID!) { report(id: $id) { commitments { id title status statusSource
              evidence { score rank item { title } } history { fromStatus toStatus source } } } }""";

    static final GraphQL.Bearer REVIEWER = GraphQL.as(DevTokens.issue("test-reviewer", Duration.ofHours(1), "reviewer"));

    static String text(String year) throws IOException {
        return Files.readString(Path.of("src/test/resources/followup", year + ".txt"), StandardCharsets.UTF_8);
    }

    static JsonPath submit(String text) {
        return submit(SUBMIT, text);
    }

    /** Submits {@code text} with the mutation {@code document} and checks it was accepted. */
    static JsonPath submit(String document, String text) {
        JsonPath result = GraphQL.asEditor().data(document, "input", Map.of("text", text)).setRootPath("data.submitReport");
        assertThat(result.getList("userErrors")).isEmpty();
        return result;
    }

    @Test
    void shouldFollowCommitmentsIntoTheNextYearsReport() throws IOException {
        String report2024 = submit(text("2024")).getString("report.id");
        JsonPath planned = GraphQL.data(COMMITMENTS, "id", report2024);
        assertThat(planned.getList("report.commitments.status")).containsOnly("PLANNED");

        submit(text("2025"));

        JsonPath followed = GraphQL.data(COMMITMENTS, "id", report2024).setRootPath("data.report");
        assertThat(followed.getList("commitments.title")).containsExactly(
                "深化行政复议体制改革", "开展“八五”普法终期评估", "推进智慧司法平台建设");
        assertThat(followed.getList("commitments.status")).containsExactly("EVIDENCED", "EVIDENCED", "NOT_EVIDENCED");
        assertThat(followed.getString("commitments[0].evidence[0].item.title")).isEqualTo("行政复议体制改革不断深化");
        assertThat(followed.getString("commitments[1].evidence[0].item.title")).isEqualTo("“八五”普法终期评估顺利完成");
        assertThat(followed.getList("commitments[2].evidence")).isEmpty();
        assertThat(followed.getList("commitments[0].history.toStatus")).containsExactly("EVIDENCED");
    }

    @Test
    void shouldFollowAPlanThatArrivesAfterTheReportCarryingItOut() throws IOException {
        submit(text("2025").replace("测试县司法局", "第八县司法局"));

        String report2024 = submit(text("2024").replace("测试县司法局", "第八县司法局")).getString("report.id");

        JsonPath followed = GraphQL.data(COMMITMENTS, "id", report2024).setRootPath("data.report");
        assertThat(followed.getList("commitments.status")).containsExactly("EVIDENCED", "EVIDENCED", "NOT_EVIDENCED");
        assertThat(followed.getList("commitments[0].history.toStatus")).containsExactly("EVIDENCED");
    }

    @Test
    void shouldFlagAProblemRepeatedFromThePreviousYear() throws IOException {
        submit(text("2024").replace("测试县司法局", "另一县司法局"));
        String report2025 = submit(text("2025").replace("测试县司法局", "另一县司法局")).getString("report.id");

        JsonPath problems = GraphQL.data("query($id: ID!) { report(id: $id) { problems { title recurring recurrenceScore recursFrom { title } } } }",
                "id", report2025).setRootPath("data.report");

        assertThat(problems.getList("problems.recurring")).containsExactly(true, false);
        assertThat(problems.getString("problems[0].recursFrom.title")).isEqualTo("普法宣传形式单一，针对性不强");
    }

    @Test
    void shouldKeepAReviewersDecisionWhenTheFollowUpRunsAgain() throws IOException {
        String report2024 = submit(text("2024").replace("测试县司法局", "第三县司法局")).getString("report.id");
        submit(text("2025").replace("测试县司法局", "第三县司法局"));
        String commitment = GraphQL.data(COMMITMENTS, "id", report2024).getString("report.commitments[2].id");

        JsonPath reviewed = REVIEWER.data("""
                mutation($input: ReviewCommitmentInput!) { reviewCommitment(input: $input) {
                  commitment { status statusSource note } userErrors { code } } }""",
                "input", Map.of("commitmentId", commitment, "status", "PARTIAL", "note", "平台已立项，尚未建成"))
                .setRootPath("data.reviewCommitment");
        assertThat(reviewed.getString("commitment.status")).isEqualTo("PARTIAL");

        submit(text("2025").replace("测试县司法局", "第三县司法局") + "\n五、其他需要报告的情况\n无。\n");

        JsonPath after = GraphQL.data(COMMITMENTS, "id", report2024).setRootPath("data.report.commitments[2]");
        assertThat(after.getString("status")).isEqualTo("PARTIAL");
        assertThat(after.getString("statusSource")).isEqualTo("REVIEWER");
        assertThat(after.getList("history.toStatus")).containsExactly("NOT_EVIDENCED", "PARTIAL");
    }

    @Test
    void shouldRefuseAReviewWithAnAutomaticStatus() throws IOException {
        String report2024 = submit(text("2024").replace("测试县司法局", "第四县司法局")).getString("report.id");
        String commitment = GraphQL.data(COMMITMENTS, "id", report2024).getString("report.commitments[0].id");

        JsonPath refused = REVIEWER.data("""
                mutation($input: ReviewCommitmentInput!) { reviewCommitment(input: $input) { commitment { id } userErrors { field code } } }""",
                "input", Map.of("commitmentId", commitment, "status", "EVIDENCED", "note", " "))
                .setRootPath("data.reviewCommitment");

        assertThat(refused.getList("userErrors.code")).containsExactlyInAnyOrder("INVALID_VALUE", "REQUIRED");
        assertThat(GraphQL.data(COMMITMENTS, "id", report2024).getList("report.commitments.status")).containsOnly("PLANNED");
        assertThat(refused.getString("commitment")).isNull();
    }

    @Test
    void shouldReopenCommitmentsWhenTheEvidencingReportIsWithdrawn() throws IOException {
        String report2024 = submit(text("2024").replace("测试县司法局", "第五县司法局")).getString("report.id");
        String report2025 = submit(text("2025").replace("测试县司法局", "第五县司法局")).getString("report.id");

        GraphQL.asEditor().data("""
                mutation($input: WithdrawReportInput!) { withdrawReport(input: $input) { userErrors { code } } }""",
                "input", Map.of("reportId", report2025, "reason", "误报"));

        JsonPath reopened = GraphQL.data(COMMITMENTS, "id", report2024).setRootPath("data.report");
        assertThat(reopened.getList("commitments.status")).containsOnly("PLANNED");
        assertThat(reopened.getList("commitments[0].evidence")).isEmpty();
        assertThat(reopened.getList("commitments[0].history.toStatus")).containsExactly("EVIDENCED", "PLANNED");
    }

    @Test
    void shouldRefuseAReviewWithoutTheReviewerRole() throws IOException {
        String report2024 = submit(text("2024").replace("测试县司法局", "第六县司法局")).getString("report.id");
        String commitment = GraphQL.data(COMMITMENTS, "id", report2024).getString("report.commitments[0].id");

        GraphQL.asEditor().post("""
                mutation($input: ReviewCommitmentInput!) { reviewCommitment(input: $input) { commitment { id } } }""",
                "input", Map.of("commitmentId", commitment, "status", "FULFILLED", "note", "已完成"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("FORBIDDEN"));
        assertThat(GraphQL.data(COMMITMENTS, "id", report2024).getList("report.commitments.status")).containsOnly("PLANNED");
    }
}
