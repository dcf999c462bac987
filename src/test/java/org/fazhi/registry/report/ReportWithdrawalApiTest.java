package org.fazhi.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportWithdrawalApiTest {

    private static final String WITHDRAW = """
            mutation($id: ID!, $reason: String!) {
              withdrawReport(input: {reportId: $id, reason: $reason}) {
                report { id state withdrawal { reason withdrawnBy withdrawnAt } }
                restoredReport { id state }
                changed
                userErrors { field code message }
              }
            }""";

    private static JsonPath withdraw(String reportId, String reason) {
        return GraphQL.asEditor().data(WITHDRAW, "id", reportId, "reason", reason).setRootPath("data.withdrawReport");
    }

    private static String storedReport(String organisationName) {
        String organisation = ReportApiTest.createOrganisation(organisationName);
        return ReportApiTest.submit(ReportApiTest.input(organisation, 2024, ReportApiTest.TEXT)).getString("report.id");
    }

    @Test
    void shouldWithdrawAReportKeepingItWithTheReason() {
        String report = storedReport("伊川县人民政府");

        JsonPath withdrawn = withdraw(report, "误发，以正式印发文本为准");

        assertThat(withdrawn.getList("userErrors")).isEmpty();
        assertThat(withdrawn.getString("report.state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getString("report.withdrawal.reason")).isEqualTo("误发，以正式印发文本为准");
        assertThat(withdrawn.getString("report.withdrawal.withdrawnBy")).isEqualTo(GraphQL.EDITOR_SUBJECT);
        long key = GlobalId.decode(report).orElseThrow().id();
        assertThat(Database.count("select count(*) from change_event where entity_type = 'REPORT' and entity_id = "
                + key + " and action = 'WITHDRAWN'")).isEqualTo(1);
        assertThat(GraphQL.data("query($id: ID!) { report(id: $id) { state withdrawal { reason } } }", "id", report)
                .getString("report.withdrawal.reason")).isEqualTo("误发，以正式印发文本为准");
    }

    @Test
    void shouldAnswerARepeatedWithdrawalWithTheFirstAndChangeNothing() {
        String report = storedReport("宜阳县人民政府");
        JsonPath first = withdraw(report, "重复提交");
        Map<String, Long> before = Database.rowCounts();

        JsonPath again = withdraw(report, "再次撤回");

        assertThat(again.getList("userErrors")).isEmpty();
        assertThat(again.getBoolean("changed")).isFalse();
        assertThat(first.getBoolean("changed")).isTrue();
        assertThat(again.getString("report.id")).isEqualTo(report);
        assertThat(again.getString("report.state")).isEqualTo("WITHDRAWN");
        assertThat(again.getString("report.withdrawal.reason")).isEqualTo("重复提交");
        assertThat(again.getString("report.withdrawal.withdrawnAt")).isEqualTo(first.getString("report.withdrawal.withdrawnAt"));
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldRestoreTheSupersededVersionAndWithdrawEachVersionOnce() {
        String organisation = ReportApiTest.createOrganisation("孟津县人民政府");
        String first = ReportApiTest.submit(ReportApiTest.input(organisation, 2024, ReportApiTest.TEXT)).getString("report.id");
        String second = ReportApiTest.submit(ReportApiTest.input(organisation, 2024,
                ReportApiTest.TEXT.replace("4次", "5次"))).getString("report.id");

        JsonPath withdrawn = withdraw(second, "误发");

        assertThat(withdrawn.getString("report.state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getString("restoredReport.id")).isEqualTo(first);
        assertThat(withdrawn.getString("restoredReport.state")).isEqualTo("CURRENT");
        assertThat(currentOf(organisation)).containsExactly(first);
        long key = GlobalId.decode(first).orElseThrow().id();
        assertThat(Database.count("select count(*) from change_event where entity_id = " + key
                + " and entity_type = 'REPORT' and action = 'RESTORED'")).isEqualTo(1);

        JsonPath again = withdraw(second, "误发");
        assertThat(again.getBoolean("changed")).isFalse();
        assertThat(again.getString("restoredReport")).isNull();
        assertThat(currentOf(organisation)).containsExactly(first);

        JsonPath last = withdraw(first, "整体撤回");
        assertThat(last.getString("restoredReport")).isNull();
        assertThat(currentOf(organisation)).isEmpty();
    }

    private static java.util.List<String> currentOf(String organisation) {
        return GraphQL.data("query($org: ID!) { reports(filter: {organisationId: $org}) { nodes { id } } }", "org", organisation)
                .getList("reports.nodes.id", String.class);
    }

    @Test
    void shouldRequireAReason() {
        JsonPath refused = withdraw(storedReport("新安县人民政府"), " ");

        assertThat(refused.getString("userErrors[0].code")).isEqualTo("REQUIRED");
        assertThat(refused.getString("userErrors[0].field")).isEqualTo("input.reason");
    }

    @Test
    void shouldRefuseAnUnknownReport() {
        JsonPath refused = withdraw(GlobalId.encode(NodeType.Report, 999_999_999L), "不存在");

        assertThat(refused.getString("userErrors[0].code")).isEqualTo("NOT_FOUND");
    }
}
