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
 * Two years of one body written as real reports are: the 2025 report paraphrases one commitment, reports
 * another only in numbers, carries a third out in part, and repeats the stock phrases of two it did not carry
 * out. Then the 2024 report is re-submitted with a reworded plan: the reviews move with the commitments.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FollowUpParaphraseApiTest {

    static final String SUBMIT = """
            mutation($input: SubmitReportInput!) {
              submitReport(input: $input) { report { id } created
                reviewsNotCarriedOver { title status statusSource note } userErrors { code message } }
            }""";
    static final String COMMITMENTS = """
            query($id: ID!) { report(id: $id) { commitments { id title status statusSource note
              evidence { score rank matchedTerms item { title } } history { fromStatus toStatus source note } } } }""";
    static final String REVIEW = """
            mutation($input: ReviewCommitmentInput!) { reviewCommitment(input: $input) { userErrors { code } } }""";

    static String text(String year, String organisation) throws IOException {
        return CommitmentFollowUpApiTest.text("paraphrase-" + year).replace("示例县司法局", organisation);
    }

    static JsonPath submit(String text) {
        return CommitmentFollowUpApiTest.submit(SUBMIT, text);
    }

    @Test
    void shouldJudgeParaphrasedNumbersOnlyPartlyAndBoilerplateCommitmentsAsAReviewerWould() throws IOException {
        String report2024 = submit(text("2024", "甲县司法局")).getString("report.id");
        submit(text("2025", "甲县司法局"));

        JsonPath followed = GraphQL.data(COMMITMENTS, "id", report2024).setRootPath("data.report");
        assertThat(followed.getList("commitments.title")).containsExactly("深化综合行政执法改革", "开展“法治体检”进企业活动",
                "推进智慧司法平台建设", "深入学习贯彻习近平法治思想，推进行政执法协调监督工作体系建设", "进一步提高依法行政水平");
        assertThat(followed.getList("commitments.status")).containsExactly(
                "EVIDENCED", "EVIDENCED", "PARTLY_EVIDENCED", "NOT_EVIDENCED", "NOT_EVIDENCED");
        assertThat(followed.getString("commitments[0].evidence[0].item.title")).isEqualTo("综合行政执法改革落地见效");
        assertThat(followed.getList("commitments[0].evidence[0].matchedTerms", String.class))
                .contains("综合行政执法改革", "执法层级", "下沉");
        assertThat(followed.getString("commitments[1].evidence[0].item.title")).isEqualTo("服务企业发展");
        assertThat(followed.getList("commitments[1].evidence[0].matchedTerms", String.class)).contains("法治体检");
        assertThat(followed.getString("commitments[2].evidence[0].item.title")).isEqualTo("推进矛盾纠纷化解信息化");
        assertThat(followed.getList("commitments[3].evidence")).isEmpty();
        assertThat(followed.getList("commitments[4].evidence")).isEmpty();
    }

    @Test
    void shouldMoveEveryReviewToTheMatchingCommitmentOfAResubmittedVersion() throws IOException {
        String report2024 = submit(text("2024", "乙县司法局")).getString("report.id");
        submit(text("2025", "乙县司法局"));
        JsonPath before = GraphQL.data(COMMITMENTS, "id", report2024).setRootPath("data.report");
        review(before.getString("commitments[1].id"), "FULFILLED", "走访企业43家，已完成");
        review(before.getString("commitments[4].id"), "DROPPED", "该项任务已调整");

        String reworded = text("2024", "乙县司法局")
                .replace("组织律师走访企业，为企业提供法律风险排查服务。", "组织律师走访辖区企业，提供法律风险排查服务。")
                .replace("（五）进一步提高依法行政水平。建立行政执法人员资格动态管理制度，对不在岗人员及时注销执法证件。\n", "");
        JsonPath resubmitted = submit(reworded);

        assertThat(resubmitted.getBoolean("created")).isTrue();
        assertThat(resubmitted.getList("reviewsNotCarriedOver.title")).containsExactly("进一步提高依法行政水平");
        assertThat(resubmitted.getList("reviewsNotCarriedOver.status")).containsExactly("DROPPED");
        JsonPath after = GraphQL.data(COMMITMENTS, "id", resubmitted.getString("report.id")).setRootPath("data.report");
        assertThat(after.getList("commitments.status")).containsExactly(
                "EVIDENCED", "FULFILLED", "PARTLY_EVIDENCED", "NOT_EVIDENCED");
        assertThat(after.getString("commitments[1].statusSource")).isEqualTo("REVIEWER");
        assertThat(after.getString("commitments[1].note")).isEqualTo("走访企业43家，已完成");
        assertThat(after.getList("commitments[1].history.toStatus")).containsExactly("EVIDENCED", "FULFILLED", "FULFILLED");
        assertThat(after.getList("commitments[1].history.note", String.class)).last().isEqualTo(ReviewCarryOver.NOTE);
        JsonPath old = GraphQL.data(COMMITMENTS, "id", report2024).setRootPath("data.report");
        assertThat(old.getList("commitments.status")).containsExactly(
                "EVIDENCED", "FULFILLED", "PARTLY_EVIDENCED", "NOT_EVIDENCED", "DROPPED");
    }

    @Test
    void shouldReportNoReviewLeftBehindWhenNothingWasSuperseded() throws IOException {
        JsonPath first = submit(text("2024", "丙县司法局"));

        assertThat(first.getList("reviewsNotCarriedOver")).isEmpty();
        assertThat(submit(text("2024", "丙县司法局")).getList("reviewsNotCarriedOver")).isEmpty();
    }

    private static void review(String commitment, String status, String note) {
        JsonPath result = CommitmentFollowUpApiTest.REVIEWER.data(REVIEW, "input", Map.of("commitmentId", commitment, "status", status, "note", note))
                .setRootPath("data.reviewCommitment");
        assertThat(result.getList("userErrors")).isEmpty();
    }
}
