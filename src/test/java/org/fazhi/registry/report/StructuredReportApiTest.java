package org.fazhi.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** Integrators that hold a report in structure submit it as such: stored as given, no text parsing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StructuredReportApiTest {

    static final String SUBMIT = """
            mutation($input: SubmitStructuredReportInput!) {
              submitStructuredReport(input: $input) {
                created
                report { id reportYear title documentNumber normalisedText
                  sections { kind heading startOffset endOffset items { marker title text startOffset endOffset children { marker text } } }
                  commitments { title targetYear status }
                  problems { title }
                  complianceFindings { rule } }
                userErrors { field code }
              }
            }""";

    static Map<String, Object> item(String marker, String title, String text, List<Map<String, Object>> children) {
        return Map.of("marker", marker, "title", title, "text", text, "children", children);
    }

    static Map<String, Object> input(String organisation) {
        return Map.of(
                "organisation", Map.of("id", organisation),
                "reportYear", 2024,
                "title", "结构县司法局2024年法治政府建设工作情况的报告",
                "documentNumber", "结司〔2025〕3号",
                "sections", List.of(
                        Map.of("kind", "MEASURES_AND_RESULTS", "heading", "主要举措和成效", "items", List.of(
                                item("(一)", "加强组织领导", "加强组织领导。全年召开专题会议4次。", List.of(
                                        item("一是", "健全工作机制", "健全工作机制。", List.of()))))),
                        Map.of("kind", "PROBLEMS", "heading", "存在的问题和不足", "items", List.of(
                                item("一是", "普法宣传形式单一", "普法宣传形式单一。", List.of()))),
                        Map.of("kind", "NEXT_YEAR_PLAN", "heading", "2025年工作安排", "items", List.of(
                                item("(一)", "深化行政复议体制改革", "深化行政复议体制改革。", List.of())))));
    }

    @Test
    void shouldStoreTheStructureAsGivenWithOffsetsIntoTheComposedText() {
        String organisation = ReportApiTest.createOrganisation("结构县司法局");

        JsonPath stored = GraphQL.asEditor().data(SUBMIT, "input", input(organisation)).setRootPath("data.submitStructuredReport");

        assertThat(stored.getList("userErrors")).isEmpty();
        assertThat(stored.getBoolean("created")).isTrue();
        assertThat(stored.getString("report.documentNumber")).isEqualTo("结司〔2025〕3号");
        assertThat(stored.getList("report.sections.kind")).containsExactly("MEASURES_AND_RESULTS", "PROBLEMS", "NEXT_YEAR_PLAN");
        assertThat(stored.getString("report.sections[0].items[0].children[0].marker")).isEqualTo("一是");
        assertThat(stored.getList("report.commitments.title")).containsExactly("深化行政复议体制改革");
        assertThat(stored.getList("report.commitments.targetYear")).containsExactly(2025);
        assertThat(stored.getList("report.problems.title")).containsExactly("普法宣传形式单一");
        assertThat(stored.getList("report.complianceFindings.rule")).containsExactly("MISSING_LEADER_RESPONSIBILITY");
        String text = stored.getString("report.normalisedText");
        int start = stored.getInt("report.sections[0].items[0].startOffset");
        int end = stored.getInt("report.sections[0].items[0].endOffset");
        assertThat(text.substring(start, end))
                .startsWith("(一)加强组织领导。全年召开专题会议4次。").contains("一是健全工作机制。");

        JsonPath again = GraphQL.asEditor().data(SUBMIT, "input", input(organisation)).setRootPath("data.submitStructuredReport");
        assertThat(again.getBoolean("created")).isFalse();
        assertThat(again.getString("report.id")).isEqualTo(stored.getString("report.id"));
    }

    @Test
    void shouldRefuseAnItemWithoutTextAndWriteNothing() {
        String organisation = ReportApiTest.createOrganisation("结构镇人民政府");
        Map<String, Object> input = Map.of("organisation", Map.of("id", organisation), "reportYear", 2024,
                "sections", List.of(Map.of("kind", "PROBLEMS", "items", List.of(Map.of("marker", "一是", "text", " ")))));
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = GraphQL.asEditor().data(SUBMIT, "input", input).setRootPath("data.submitStructuredReport");

        assertThat(refused.getList("userErrors.field")).containsExactly("input.sections.0.items.0.text");
        assertThat(refused.getList("userErrors.code")).containsExactly("REQUIRED");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldRequireAnEditorToken() {
        GraphQL.post(SUBMIT, "input", input("x"))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"));
    }
}
