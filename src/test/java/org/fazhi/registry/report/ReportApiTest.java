package org.fazhi.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportApiTest {

    static final String SUBMIT = """
            mutation($input: SubmitReportInput!) {
              submitReport(input: $input) {
                created
                report { id reportYear state sourceUrl publishedDate contentHash originalText organisation { id name } }
                userErrors { field code message }
              }
            }""";

    /** A short report in the shape of the real ones, with a page-break residue and Windows line ends kept as sent. */
    static final String TEXT = "武定县人民政府办公室关于2024年法治政府建设工作情况的报告\r\n\r\n"
            + "一、主要举措和成效\r\n（一）加强组织领导。全年召开专题会议4次。\r\n"
            + "二、存在的问题和不足\r\n一是学习不够深入。\r\n"
            + "三、2025年工作安排\r\n（一）加强依法行政能力建设。\r\n";

    static String createOrganisation(String name) {
        return GraphQL.asEditor().data("""
                mutation($name: String!, $code: String!) {
                  upsertOrganisation(input: {name: $name, kind: GOVERNMENT_OFFICE, creditCode: $code}) { organisation { id } }
                }""", "name", name, "code", CreditCodes.next()).getString("upsertOrganisation.organisation.id");
    }

    static JsonPath submit(Map<String, Object> input) {
        return GraphQL.asEditor().data(SUBMIT, "input", input).setRootPath("data.submitReport");
    }

    static Map<String, Object> input(String organisationId, Integer year, String text) {
        Map<String, Object> input = new HashMap<>();
        input.put("organisation", Map.of("id", organisationId));
        input.put("reportYear", year);
        input.put("text", text);
        return input;
    }

    @Test
    void shouldStoreAReportAndReadItBackByteForByte() {
        String organisation = createOrganisation("武定县人民政府办公室");
        Map<String, Object> input = input(organisation, 2024, TEXT);
        input.put("sourceUrl", "https://www.ynwd.gov.cn/info/1234.html");
        input.put("publishedDate", "2025-02-10");

        JsonPath stored = submit(input);

        assertThat(stored.getList("userErrors")).isEmpty();
        assertThat(stored.getBoolean("created")).isTrue();
        String id = stored.getString("report.id");
        GraphQL.post("query($id: ID!) { report(id: $id) { reportYear state sourceUrl publishedDate originalText organisation { id name } } }",
                        "id", id)
                .body("data.report.reportYear", equalTo(2024))
                .body("data.report.state", equalTo("CURRENT"))
                .body("data.report.publishedDate", equalTo("2025-02-10"))
                .body("data.report.originalText", equalTo(TEXT))
                .body("data.report.organisation.id", equalTo(organisation))
                .body("data.report.organisation.name", equalTo("武定县人民政府办公室"));
        GraphQL.post("query($org: ID!) { reports(filter: {organisationId: $org, year: 2024}) { totalCount nodes { id } } }",
                        "org", organisation)
                .body("data.reports.totalCount", equalTo(1))
                .body("data.reports.nodes[0].id", equalTo(id));
    }

    @Test
    void shouldRecogniseTheSameTextAndSupersedeWithANewOne() {
        String organisation = createOrganisation("济源市司法局");
        String first = submit(input(organisation, 2023, TEXT)).getString("report.id");

        JsonPath again = submit(input(organisation, 2023, TEXT));
        assertThat(again.getBoolean("created")).isFalse();
        assertThat(again.getString("report.id")).isEqualTo(first);

        JsonPath changed = submit(input(organisation, 2023, TEXT + "四、其他需要报告的情况\n无。\n"));
        assertThat(changed.getBoolean("created")).isTrue();
        GraphQL.post("query($id: ID!) { report(id: $id) { state } }", "id", first)
                .body("data.report.state", equalTo("SUPERSEDED"));
        GraphQL.post("query($org: ID!) { reports(filter: {organisationId: $org, state: SUPERSEDED}) { totalCount } }",
                        "org", organisation)
                .body("data.reports.totalCount", equalTo(1));
    }

    @Test
    void shouldRefuseAnUnknownOrganisationAndWriteNothing() {
        String unknown = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Organisation:999999999".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRefused(input(unknown, 2024, TEXT), "input.organisation.id", "NOT_FOUND");
    }

    @Test
    void shouldRefuseAnEmptyTextAndWriteNothing() {
        assertRefused(input(createOrganisation("某某街道办事处"), 2024, "  "), "input.text", "TEXT_EMPTY");
    }

    @Test
    void shouldRefuseAMissingYearAndWriteNothing() {
        String undated = "某某镇人民政府法治政府建设工作情况的报告\n一、主要举措和成效\n（一）加强组织领导。\n";
        assertRefused(input(createOrganisation("某某镇人民政府"), null, undated), "input.reportYear", "YEAR_REQUIRED");
    }

    @Test
    void shouldRefuseATextWithoutChineseAndWriteNothing() {
        assertRefused(input(createOrganisation("某某县应急管理局"), 2024, "lorem ipsum"), "input.text", "TEXT_NOT_CHINESE");
    }

    @Test
    void shouldRefuseAnInvalidCreditCodeReference() {
        Map<String, Object> input = input("x", 2024, TEXT);
        input.put("organisation", Map.of("creditCode", CreditCodes.corrupt(CreditCodes.next())));
        assertRefused(input, "input.organisation.creditCode", "INVALID_CREDIT_CODE");
    }

    private static void assertRefused(Map<String, Object> input, String field, String code) {
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = submit(input);

        assertThat(refused.getString("report")).isNull();
        assertThat(refused.getList("userErrors.code")).contains(code);
        assertThat(refused.getList("userErrors.field")).contains(field);
        assertThat(Database.rowCounts()).isEqualTo(before);
    }
}
