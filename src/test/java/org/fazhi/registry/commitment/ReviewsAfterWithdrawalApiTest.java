package org.fazhi.registry.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * A reviewed report is re-submitted, reviewed again, and the re-submission withdrawn: the version restored in its
 * place holds every decision, those it had and those taken on the withdrawn one.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReviewsAfterWithdrawalApiTest {

    private static final String REVIEW = """
            mutation($input: ReviewCommitmentInput!) { reviewCommitment(input: $input) { userErrors { code } } }""";

    private static void review(String commitment, String status, String note) {
        JsonPath answer = CommitmentFollowUpApiTest.REVIEWER.data(REVIEW, "input",
                Map.of("commitmentId", commitment, "status", status, "note", note));
        assertThat(answer.getList("reviewCommitment.userErrors")).isEmpty();
    }

    private static JsonPath commitmentsOf(String report) {
        return GraphQL.data(CommitmentFollowUpApiTest.COMMITMENTS, "id", report).setRootPath("data.report.commitments");
    }

    @Test
    void shouldRestoreTheReviewsWithTheVersionAWithdrawalRestores() throws IOException {
        String text = CommitmentFollowUpApiTest.text("2024").replace("测试县司法局", "第七县司法局");
        JsonPath submitted = CommitmentFollowUpApiTest.submit(text);
        String first = submitted.getString("report.id");
        review(commitmentsOf(first).getString("[0].id"), "FULFILLED", "已完成");
        String second = CommitmentFollowUpApiTest.submit(text + "\n五、其他需要报告的情况\n无。\n").getString("report.id");
        assertThat(commitmentsOf(second).getList("status")).containsExactly("FULFILLED", "PLANNED", "PLANNED");
        review(commitmentsOf(second).getString("[2].id"), "DROPPED", "平台建设取消");

        JsonPath withdrawn = GraphQL.asEditor().data("""
                mutation($input: WithdrawReportInput!) { withdrawReport(input: $input) {
                  restoredReport { id state } userErrors { code } } }""",
                "input", Map.of("reportId", second, "reason", "误发")).setRootPath("data.withdrawReport");

        assertThat(withdrawn.getString("restoredReport.id")).isEqualTo(first);
        JsonPath restored = commitmentsOf(first);
        assertThat(restored.getList("status")).containsExactly("FULFILLED", "PLANNED", "DROPPED");
        assertThat(restored.getList("statusSource")).containsExactly("REVIEWER", "AUTO", "REVIEWER");
        JsonPath listed = GraphQL.data("""
                query($org: ID!) { commitments(filter: {organisationId: $org}) { nodes { status report { id } } } }""",
                "org", submitted.getString("report.organisation.id"))
                .setRootPath("data.commitments.nodes");
        assertThat(listed.getList("report.id")).containsOnly(first);
        assertThat(listed.getList("status")).containsExactly("FULFILLED", "PLANNED", "DROPPED");
    }
}
