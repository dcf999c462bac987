package org.fazhi.registry.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.HanNumerals;
import org.junit.jupiter.api.Test;

/**
 * Reports too large to keep, or texts that cannot be kept byte for byte, are refused with user errors that state the
 * limits, before anything is written or followed up.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportSizeHardeningTest {

    private static final String SUBMIT = """
            mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { id } userErrors { field code message } } }""";
    private static final String PLAN_HEADINGS = "2025年工作安排|下一步工作谋划|2025年主要工作安排";

    @Test
    void aStructuredReportOfAHundredThousandItemsIsRefusedBeforeItIsRead() {
        String organisation = ReportApiTest.createOrganisation("万项县司法局");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(Map.of("text", "第" + i + "项。"));
        }
        Map<String, Object> input = new HashMap<>(StructuredReportApiTest.input(organisation));
        input.put("sections", List.of(Map.of("kind", "MEASURES_AND_RESULTS", "items", items)));
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = GraphQL.asEditor().data(StructuredReportApiTest.SUBMIT, "input", input)
                .setRootPath("data.submitStructuredReport");

        assertThat(refused.getString("userErrors[0].code")).isEqualTo("REPORT_TOO_LARGE");
        assertThat(refused.getList("userErrors")).hasSize(1);
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void aTextOfMoreItemsThanTheRegistryKeepsIsRefusedWithTheLimit() {
        StringBuilder text = new StringBuilder("多项县司法局2024年法治政府建设工作报告\n");
        for (int s = 1; s <= 11; s++) {
            text.append(HanNumerals.of(s)).append("、主要举措和成效\n").append(items(99, "推进依法行政"));
        }

        assertRefused(text.toString(), "REPORT_TOO_LARGE", "1089 items", "at most 1000");
    }

    @Test
    void aPlanOfMoreCommitmentsThanTheRegistryFollowsUpIsRefused() {
        StringBuilder text = new StringBuilder("多诺县司法局2024年法治政府建设工作报告\n一、主要举措和成效\n（一）推进依法行政。\n");
        String[] headings = PLAN_HEADINGS.split("\\|");
        for (int s = 0; s < headings.length; s++) {
            text.append(HanNumerals.of(s + 2)).append("、").append(headings[s]).append('\n').append(items(99, "加强依法行政"));
        }

        assertRefused(text.toString(), "REPORT_TOO_LARGE", "297 commitments", "at most 200");
    }

    @Test
    void theSchemaStatesHowLongEachListOfAReportCanBe() {
        JsonPath report = GraphQL.data("{ __type(name: \"Report\") { fields { name description } } }");

        assertThat(description(report, "sections")).contains("at most 1000 items");
        assertThat(description(report, "commitments")).contains("at most 200");
        assertThat(description(report, "problems")).contains("at most 200");
        assertThat(description(report, "metrics")).contains("at most 2000");
        assertThat(description(report, "citations")).contains("at most 1000");
    }

    @Test
    void aTextWithALoneSurrogateIsRefusedRatherThanStoredAltered() {
        // Written as JSON escapes: a lone surrogate cannot be encoded as UTF-8, but JSON can carry it so.
        String text = "孤字县司法局2024年法治政府建设工作报告\\n一、主要举措和成效\\n（一）推进依法行政\\uD800。";
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = given().auth().oauth2(GraphQL.asEditor().token()).contentType(ContentType.JSON)
                .body("{\"query\": \"mutation($t: String!) { submitReport(input: {text: $t, reportYear: 2024}) "
                        + "{ report { id } userErrors { field code message } } }\", \"variables\": {\"t\": \"" + text + "\"}}")
                .when().post("/graphql").then().statusCode(200).extract().jsonPath().setRootPath("data.submitReport");
        JsonPath preview = given().contentType(ContentType.JSON)
                .body("{\"query\": \"query($t: String!) { parseReport(text: $t) { title } }\", \"variables\": {\"t\": \""
                        + text + "\"}}")
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();

        assertThat(refused.getString("userErrors[0].code")).isEqualTo("TEXT_MALFORMED");
        assertThat(refused.getString("userErrors[0].message")).contains("lone surrogate", "\\uD800");
        assertThat(Database.rowCounts()).isEqualTo(before);
        assertThat(preview.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(preview.getString("errors[0].message")).contains("lone surrogate");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsStillKeptByteForByte() {
        String text = "永吉县司法局2024年法治政府建设工作报告\n一、主要举措和成效\n（一）走访𠮷田村，推进依法行政。\n";
        String organisation = ReportApiTest.createOrganisation("永吉县司法局");

        JsonPath stored = GraphQL.asEditor().data(SUBMIT, "input", ReportApiTest.input(organisation, 2024, text))
                .setRootPath("data.submitReport");

        assertThat(stored.getList("userErrors")).isEmpty();
        assertThat(GraphQL.data("query($id: ID!) { report(id: $id) { originalText } }", "id", stored.getString("report.id"))
                .getString("report.originalText")).isEqualTo(text);
    }

    private static String description(JsonPath type, String field) {
        return type.getString("__type.fields.find { it.name == '" + field + "' }.description");
    }

    private static void assertRefused(String text, String code, String... messageParts) {
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = GraphQL.asEditor().data(SUBMIT, "input", Map.of("text", text, "reportYear", 2024))
                .setRootPath("data.submitReport");

        assertThat(refused.getString("report")).isNull();
        assertThat(refused.getString("userErrors[0].field")).isEqualTo("input.text");
        assertThat(refused.getString("userErrors[0].code")).isEqualTo(code);
        assertThat(refused.getString("userErrors[0].message")).contains(messageParts);
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    /** Items （一） to （n） of one section. */
    private static String items(int n, String title) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            items.append("（").append(HanNumerals.of(i)).append("）").append(title).append("第").append(i).append("项。\n");
        }
        return items.toString();
    }
}
