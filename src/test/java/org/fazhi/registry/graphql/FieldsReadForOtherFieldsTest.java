package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ReadingData;
import org.fazhi.registry.testing.SamplePages;
import org.fazhi.registry.testing.SampleReport;
import org.junit.jupiter.api.Test;

/**
 * Reads select only the columns behind the fields a query asks for; fields whose resolvers need other
 * columns or rows still answer when asked alone: an organisation's {@code division} without its division
 * code, its {@code candidates} without {@code confirmed}, a report's {@code document} and
 * {@code organisationEvidence}. Each query is asked by POST (answered by PostgreSQL's JSON where it
 * compiles) and by GET (always the GraphQL engine), and both answers must be right.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class FieldsReadForOtherFieldsTest {

    private static final String SUBMIT_TEXT = """
            mutation($input: SubmitReportInput!) { submitReport(input: $input) {
              report { id organisation { id } } userErrors { code } } }""";
    private static final String SUBMIT_DOCUMENT = """
            mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) {
              report { id document { size } } userErrors { code } } }""";
    private static final String BODY = "\n一、主要举措和成效\n（一）深化行政执法体制改革。全年办理案件%d件。";

    @Test
    void shouldPlaceAnOrganisationOnItsDivisionWhenOnlyTheDivisionIsAsked() {
        ReadingData data = ReadingData.load();
        String query = """
                query($id: ID!) { report(id: $id) { organisation { division { code name } } } }""";

        for (JsonPath answer : bothWays(query, Map.of("id", data.reports.get("county2023")))) {
            assertThat(answer.getString("report.organisation.division.code")).isEqualTo("654202");
            assertThat(answer.getString("report.organisation.division.name")).isNotBlank();
        }
    }

    @Test
    void shouldListTheCandidatesOfAnUnconfirmedOrganisationWhenConfirmedIsNotAsked() {
        String known = submit("重庆市铜梁区人民政府双山镇2023年法治政府建设工作报告\n2023年，双山镇坚持依法行政。", 1)
                .getString("report.organisation.id");
        String bare = submit("双山镇2024年法治政府建设工作报告\n2024年，双山镇深入推进依法行政。", 2).getString("report.id");
        String knownName = GraphQL.data("query($id: ID!) { node(id: $id) { ... on Organisation { name } } }", "id", known)
                .getString("node.name");
        String query = "query($id: ID!) { report(id: $id) { organisation { candidates { id name } } } }";

        for (JsonPath answer : bothWays(query, Map.of("id", bare))) {
            assertThat(answer.getList("report.organisation.candidates.id")).containsExactly(known);
            assertThat(answer.getList("report.organisation.candidates.name")).containsExactly(knownName);
        }
        for (JsonPath answer : bothWays("query($id: ID!) { node(id: $id) { ... on Organisation { candidates { id } } } }",
                Map.of("id", known))) {
            assertThat(answer.getList("node.candidates")).isEmpty();
        }
    }

    @Test
    void shouldAnswerConfirmedAndWhereTheTextNamesItsBodyAsAskedAlone() {
        ReadingData data = ReadingData.load();
        String query = "query($id: ID!) { report(id: $id) { organisationEvidence organisation { confirmed } } }";

        List<JsonPath> answers = bothWays(query, Map.of("id", data.reports.get("bureau2023")));

        for (JsonPath answer : answers) {
            assertThat(answer.getString("report.organisationEvidence")).isEqualTo("TITLE");
            assertThat(answer.getBoolean("report.organisation.confirmed")).isTrue();
        }
    }

    @Test
    void shouldAnswerTheDocumentOfAReportListedWithoutItsOtherFields() {
        String county = "楚雄县";
        byte[] page = SamplePages.portalWithTable(SampleReport.text().replace("武定县", county),
                new SamplePages.Disclosure("11532331MB1D23457Y/2025-00008", county + "司法局", "2025-02-10", "2025-02-12"),
                "127.0.0.1:9");
        Map<String, Object> input = new HashMap<>();
        input.put("content", Base64.getEncoder().encodeToString(page));
        input.put("mediaType", "text/html");
        input.put("fileName", "page.html");
        String report = GraphQL.asEditor().data(SUBMIT_DOCUMENT, "input", input).getString("submitDocument.report.id");
        String query = """
                query($id: ID!, $text: ID!) { report(id: $id) { document { mediaType size url } }
                  text: report(id: $text) { document { size } } }""";

        for (JsonPath answer : bothWays(query, Map.of("id", report, "text", ReadingData.load().reports.get("zone2023")))) {
            assertThat(answer.getString("report.document.mediaType")).isEqualTo("text/html");
            assertThat(answer.getInt("report.document.size")).isEqualTo(page.length);
            assertThat(answer.getString("report.document.url")).isEqualTo("/documents/" + report);
            assertThat(answer.getMap("text.document")).isNull();
        }
    }

    private static JsonPath submit(String opening, int cases) {
        return GraphQL.asEditor().data(SUBMIT_TEXT, "input", Map.of("text", opening + BODY.formatted(cases)))
                .setRootPath("data.submitReport");
    }

    /** The data of {@code query} asked by POST and by GET, each without errors. */
    private static List<JsonPath> bothWays(String query, Map<String, Object> variables) {
        String post = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().asString();
        String get = given().queryParam("query", query).queryParam("variables", JsonObject.mapFrom(variables).encode())
                .when().get("/graphql").then().statusCode(200).extract().asString();
        return List.of(data(post), data(get));
    }

    private static JsonPath data(String answer) {
        JsonPath json = JsonPath.from(answer);
        assertThat(json.getList("errors")).as(answer).isNull();
        return json.setRootPath("data");
    }
}
