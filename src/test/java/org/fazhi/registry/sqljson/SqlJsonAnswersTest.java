package org.fazhi.registry.sqljson;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.ReadingData;
import org.fazhi.registry.testing.SqlStatements;
import org.fazhi.registry.testing.SqlStatements.Executed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answers PostgreSQL builds for POST requests are the answers the GraphQL engine gives for the same
 * query by GET (which always goes to the engine): the same values, in the same order, for every field,
 * argument, cursor and fragment the SQL path compiles; and a query it does not compile is still answered.
 * A repeated request is answered from memory until anything its answer reads changes.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SqlJsonAnswersTest {

    private static final String REPORT_FIELDS = """
            fragment all on Report { __typename id reportYear title documentNumber indexNumber signer recipient
              issuedDate publishedDate sourceUrl script contentHash state parserVersion warnings submittedBy
              organisationEvidence
              organisation { id name kind divisionCode divisionName creditCode otherNames confirmed __typename }
              sections { id kind heading ordinal startOffset endOffset
                items { id marker title text ordinal depth themes startOffset endOffset children { id title } } }
              commitments { id title text targetYear themes status statusSource note startOffset endOffset }
              citations { title canonicalTitle kind occurrences startOffset endOffset }
              complianceFindings { rule severity message startOffset endOffset } }""";
    private static final String PAGE = """
            query($first: Int, $after: String, $filter: ReportFilter, $orderBy: ReportOrder) {
              reports(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                __typename totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id reportYear publishedDate title } }
                nodes { id } } }""";

    private static ReadingData data;

    @BeforeEach
    void load() {
        data = ReadingData.load();
    }

    @Test
    void shouldAnswerEveryCompiledFieldOfAReportAsTheEngineDoes() {
        for (String report : data.reports.values()) {
            assertSameAnswer("query($id: ID!) { report(id: $id) { ...all } }" + REPORT_FIELDS, Map.of("id", report));
        }
        assertSameAnswer("{ report(id: \"not an id\") { title } missing: report(id: \"UmVwb3J0Ojk5OTk5OTk\") { title } }",
                Map.of());
    }

    @Test
    void shouldAnswerTheDashboardQueryInOneStatementAsTheEngineDoes() {
        // An alias no other request uses: no answer is kept for it yet.
        String dashboard = """
                { __typename oneStatement: reports(first: 20) { nodes { id title organisation { name }
                  sections { kind heading items { title } } commitments { title status } } } }""";
        SqlStatements.reset();
        JsonObject sql = post(dashboard, Map.of());

        assertThat(SqlStatements.executedIn("registry")).hasSize(2)
                .anyMatch(s -> s.sql().contains("select json_build_object(") && s.sql().contains("json_agg"))
                .anyMatch(s -> s.sql().contains("from data_change"));
        assertThat(sql.encode()).isEqualTo(get(dashboard, Map.of()).encode());
    }

    @Test
    void shouldServeARepeatedRequestFromMemoryReadingOnlyTheVersionOfTheData() {
        String query = "{ kept: reports(first: 3) { nodes { title sections { heading items { title } } } } }";
        JsonObject first = post(query, Map.of());

        SqlStatements.reset();
        JsonObject again = post(query, Map.of());
        List<Executed> statements = SqlStatements.executedIn("registry");

        assertThat(statements).singleElement()
                .satisfies(s -> assertThat(s.sql()).contains("from data_change").doesNotContain("json_build_object("));
        assertThat(again.encode()).isEqualTo(first.encode()).isEqualTo(get(query, Map.of()).encode());
    }

    @Test
    void shouldBuildTheAnswerAgainAfterAChangeToAnyTableItReads() {
        String organisation = ReadingData.organisation("缓存变更核对镇人民政府", "TOWNSHIP", "360781", null, null, List.of());
        String report = ReadingData.submit(organisation, 2023, ReadingData.text("缓存变更核对镇人民政府", 2023, "2024-03-02", ""));
        long id = GlobalId.decode(report, NodeType.Report).orElseThrow();
        String query = """
                query($id: ID!) { report(id: $id) { title organisation { name otherNames }
                  sections { heading items { title } } commitments { title } } }""";
        Map<String, Object> variables = Map.of("id", report);
        List<String> changes = List.of(
                "update item set title = '改过的条目' where report_id = " + id,
                "update section set heading = '改过的标题' where report_id = " + id,
                "insert into organisation_other_name (organisation_id, name) select organisation_id, '缓存变更核对镇' "
                        + "from report where id = " + id,
                "update commitment set title = '改过的承诺' where report_id = " + id,
                "update organisation set name = '缓存变更核对乡人民政府' where id = (select organisation_id from report where id = "
                        + id + ")",
                "update report set title = '改过的报告标题' where id = " + id);
        List<String> seen = List.of("改过的条目", "改过的标题", "缓存变更核对镇\"", "改过的承诺", "缓存变更核对乡人民政府", "改过的报告标题");
        for (int i = 0; i < changes.size(); i++) {
            assertThat(assertSameAnswer(query, variables).encode()).doesNotContain(seen.get(i));
            assertSameAnswer(query, variables); // now kept

            Database.execute(changes.get(i));

            assertThat(assertSameAnswer(query, variables).encode()).as(changes.get(i)).contains(seen.get(i));
        }
    }

    @Test
    void shouldPageEveryCompiledOrderingAsTheEngineDoes() {
        List<Map<String, Object>> orderings = List.of(Map.of(), Map.of("field", "PUBLISHED_DATE"),
                Map.of("field", "PUBLISHED_DATE", "direction", "DESC"), Map.of("field", "REPORT_YEAR", "direction", "DESC"));
        // With one year, the page is read in an order led by the year: the same rows, in the same order.
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("year", 2023))) {
            for (Map<String, Object> orderBy : orderings) {
                Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 2, "filter", filter));
                if (!orderBy.isEmpty()) {
                    variables.put("orderBy", orderBy);
                }
                for (int page = 0; page < 3; page++) {
                    JsonObject answer = assertSameAnswer(PAGE, variables);
                    variables.put("after", answer.getJsonObject("data").getJsonObject("reports").getJsonObject("pageInfo")
                            .getString("endCursor"));
                }
            }
        }
    }

    @Test
    void shouldFilterAsTheEngineDoes() {
        List<Map<String, Object>> filters = List.of(Map.of("year", 2023), Map.of("yearFrom", 2023, "yearTo", 2024),
                Map.of("organisationId", data.county), Map.of("organisationKind", "DEPARTMENT"),
                Map.of("divisionCodePrefix", ReadingData.DIVISION), Map.of("state", "SUPERSEDED"),
                Map.of("divisionCodePrefix", "81_9"));
        for (Map<String, Object> filter : filters) {
            assertSameAnswer(PAGE, Map.of("first", 5, "filter", filter));
        }
        assertSameAnswer(PAGE, Map.of("first", 0));
        assertSameAnswer("{ reports(filter: {state: WITHDRAWN, year: 1999}) { totalCount } }", Map.of());
    }

    @Test
    void shouldKeepTheStatementOfARepeatedRequestAndStillAnswerFromTheDataAsItIsNow() {
        String organisation = ReadingData.organisation("缓存核对镇人民政府", "TOWNSHIP", "360781", null, null, List.of());
        Map<String, Object> variables = Map.of("first", 5, "filter", Map.of("organisationId", organisation));
        JsonObject before = assertSameAnswer(PAGE, variables);
        ReadingData.submit(organisation, 2023, ReadingData.text("缓存核对镇人民政府", 2023, "2024-03-01", ""));

        SqlStatements.reset();
        JsonObject after = assertSameAnswer(PAGE, variables);

        assertThat(before.getJsonObject("data").getJsonObject("reports").getInteger("totalCount")).isZero();
        assertThat(after.getJsonObject("data").getJsonObject("reports").getInteger("totalCount")).isEqualTo(1);
        assertThat(SqlStatements.executedIn("registry")).filteredOn(s -> s.sql().contains("json_build_object(")).hasSize(1);
    }

    @Test
    void shouldLeaveWhatItDoesNotCompileToTheEngine() {
        assertSameAnswer("{ reports(first: 2) { nodes { title createdAt } } }", Map.of());
        assertSameAnswer("{ reports(first: 200) { nodes { title } } }", Map.of());
        assertSameAnswer("{ reports(filter: {hasFinding: LATE_PUBLICATION}) { totalCount } }", Map.of());
        assertSameAnswer("{ reports(after: \"bad cursor\") { totalCount } }", Map.of());
        assertSameAnswer("{ organisations(first: 2) { nodes { name } } }", Map.of());
    }

    private static JsonObject assertSameAnswer(String query, Map<String, Object> variables) {
        JsonObject sql = post(query, variables);
        assertThat(sql.encode()).as(query + " " + variables).isEqualTo(get(query, variables).encode());
        return sql;
    }

    private static JsonObject post(String query, Map<String, Object> variables) {
        return new JsonObject(given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().asString());
    }

    private static JsonObject get(String query, Map<String, Object> variables) {
        return new JsonObject(given().queryParam("query", query).queryParam("variables", JsonObject.mapFrom(variables)
                .encode()).when().get("/graphql").then().statusCode(200).extract().asString());
    }
}
