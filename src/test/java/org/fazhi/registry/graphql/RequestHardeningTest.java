package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.fazhi.registry.testing.CheapReads;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.ResolverCounts;
import org.junit.jupiter.api.Test;

/**
 * Hostile and heavy requests, as a reliability probe sent them, are refused before any work with a coded error, and
 * cheap reads sent meanwhile still answer.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RequestHardeningTest {

    private static final String PARSE = "parseReport(text: $t) { title }";
    /** A report text of almost 1 MB of UTF-8, the most one field accepts. */
    private static final String LARGE_TEXT = "某县司法局2024年法治政府建设工作报告\n" + "一、主要举措和成效\n".repeat(26_000);

    @Test
    void fragmentsThatDoubleFortyTimesAreRefusedBeforeTheyExpand() throws Exception {
        CheapReads reads = CheapReads.send(4);

        Response refused = given().queryParam("query", doublingFragments(40)).when().get("/graphql");

        assertRefused(refused, 422, "QUERY_TOO_COMPLEX");
        assertThat(refused.jsonPath().getString("errors[0].message")).contains("250 fields");
        reads.assertAnswered();
    }

    @Test
    void fragmentsThatDoubleTwentyFourTimesAreRefusedAsWell() {
        assertRefused(given().queryParam("query", doublingFragments(24)).when().get("/graphql"), 422,
                "QUERY_TOO_COMPLEX");
    }

    @Test
    void fragmentsWithinTheLimitStillAnswer() {
        JsonPath data = GraphQL.data("""
                { organisations(first: 2) { nodes { ...Named ...Named } } }
                fragment Named on Organisation { id name ...Kind }
                fragment Kind on Organisation { kind }""");

        assertThat(data.getList("organisations.nodes")).isNotNull();
    }

    @Test
    void heavyBodiesAreReadOffTheEventLoopWhileCheapReadsAnswer() throws Exception {
        String huge = "法".repeat(4_000_000); // 12 MB of UTF-8 in one variable
        List<CompletableFuture<Response>> heavy = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            heavy.add(CheapReads.inParallel(() -> post("query($t: String!) { " + PARSE + " }", huge)));
        }
        CheapReads reads = CheapReads.send(4);

        reads.assertAnswered();
        for (CompletableFuture<Response> request : heavy) {
            assertRefused(request.get(), 422, "REQUEST_TOO_LARGE");
        }
    }

    @Test
    void aliasesSharingOneLargeTextAreRefusedWithoutParsingIt() throws Exception {
        long parsedBefore = ResolverCounts.of("parseReport");
        StringBuilder document = new StringBuilder("query($t: String!) {");
        for (int i = 0; i < 124; i++) {
            document.append(" a").append(i).append(": ").append(PARSE);
        }
        CheapReads reads = CheapReads.send(4);

        Response refused = post(document.append(" }").toString(), LARGE_TEXT);

        assertRefused(refused, 422, "REQUEST_TOO_LARGE");
        assertThat(refused.jsonPath().getString("errors[0].message")).contains("124 expensive fields");
        assertThat(ResolverCounts.of("parseReport")).isEqualTo(parsedBefore);
        reads.assertAnswered();
    }

    @Test
    void textsAddingUpPastTheBudgetAreRefusedWithoutParsingThem() {
        long parsedBefore = ResolverCounts.of("parseReport");

        Response refused = post("query($t: String!) { a: " + PARSE + " b: " + PARSE + " }", LARGE_TEXT);

        assertRefused(refused, 422, "REQUEST_TOO_LARGE");
        assertThat(refused.jsonPath().getString("errors[0].message")).contains("bytes of report text");
        assertThat(ResolverCounts.of("parseReport")).isEqualTo(parsedBefore);
    }

    @Test
    void aFewSmallTextsInOneRequestAreStillParsed() {
        JsonPath data = GraphQL.data("query($t: String!) { a: " + PARSE + " b: " + PARSE + " }",
                "t", "某县司法局2024年法治政府建设工作报告\n一、主要举措和成效\n");

        assertThat(data.getString("a.title")).isEqualTo(data.getString("b.title")).isNotNull();
    }

    @Test
    void searchAliasesPastTheLimitAreRefused() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 6; i++) {
            document.append(" s").append(i).append(": search(query: \"法治\") { totalCount }");
        }
        assertRefused(post(document.append(" }").toString(), null), 422, "REQUEST_TOO_LARGE");
    }

    @Test
    void aBatchOfRequestsIsRefusedWith400() {
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("query", "{ organisations { totalCount } }"), Map.of("query", "{ reports { totalCount } }")))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aMalformedCursorIsNotEchoedInFull() {
        String cursor = "x".repeat(100_000);

        JsonPath answer = GraphQL.post("query($after: String) { organisations(after: $after) { totalCount } }",
                "after", cursor).extract().jsonPath();

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(answer.getString("errors[0].message")).hasSizeLessThan(200).contains("100000 characters");
    }

    @Test
    void aPageSizeBeyondAnIntIsRefusedAsItWasWritten() {
        JsonPath json = post("{ organisations(first: 2147483648) { totalCount } }", null).jsonPath();

        assertThat(json.getString("errors[0].message")).contains("2147483648").doesNotContain("-2147483648");
        assertThat(json.getString("data.organisations")).isNull();
    }

    @Test
    void aPageSizeVariableBeyondAnIntIsRefusedAsItWasSent() {
        Response answer = post("query($n: Int) { organisations(first: $n) { totalCount } }", null, "n", 2147483648L);

        assertThat(answer.jsonPath().getString("errors[0].message")).contains("2147483648").doesNotContain("-2147483648");
        assertThat(answer.jsonPath().getString("data.organisations")).isNull();
    }

    private static Response post(String document, String text, Object... variables) {
        Map<String, Object> values = new java.util.HashMap<>();
        if (text != null) {
            values.put("t", text);
        }
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        return given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", values))
                .when().post("/graphql");
    }

    private static void assertRefused(Response response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo(code);
        assertThat(response.jsonPath().getBoolean("errors[0].extensions.retryable")).isFalse();
    }

    /** {@code {organisations(first:100){nodes{...F<n-1>}}}} over fragments each spreading the one before twice. */
    private static String doublingFragments(int n) {
        StringBuilder document = new StringBuilder("{organisations(first:100){nodes{...F" + (n - 1) + "}}}"
                + " fragment F0 on Organisation{id name}");
        for (int i = 1; i < n; i++) {
            document.append(" fragment F").append(i).append(" on Organisation{...F").append(i - 1)
                    .append(" ...F").append(i - 1).append('}');
        }
        return document.toString();
    }
}
