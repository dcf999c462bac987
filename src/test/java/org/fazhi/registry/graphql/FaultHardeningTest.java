package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.PrivateServerResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Failures no client caused: a fault of the service answers 500 with an error id and nothing of its internals; a
 * database outage answers a retryable SERVICE_UNAVAILABLE. On a PostgreSQL server of the test's own, which it breaks
 * and finally stops.
 */
@QuarkusTest
@WithTestResource(PrivateServerResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultHardeningTest {

    private static final String IDENTIFIERS = "{ organisations(first: 5) { nodes { identifiers { scheme } } } }";

    @Test
    @Order(1)
    void aFaultOfTheServiceAnswers500WithAnErrorIdAndNoInternals() throws Exception {
        GraphQL.asEditor().data("""
                mutation($code: String!) { upsertOrganisation(input: {name: "故障测试局", kind: DEPARTMENT, creditCode: $code}) { created } }""",
                "code", CreditCodes.next());
        Response answer;
        try (Connection c = PrivateServerResource.connection(); Statement s = c.createStatement()) {
            s.execute("alter table organisation_identifier rename to organisation_identifier_moved");
            try {
                answer = post(IDENTIFIERS);
            } finally {
                s.execute("alter table organisation_identifier_moved rename to organisation_identifier");
            }
        }

        assertThat(answer.statusCode()).isEqualTo(500);
        JsonPath json = answer.jsonPath();
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("INTERNAL_ERROR");
        assertThat(json.getBoolean("errors[0].extensions.retryable")).isFalse();
        String errorId = json.getString("errors[0].extensions.errorId");
        assertThat(errorId).matches("[0-9a-f-]{36}");
        assertThat(json.getString("errors[0].message")).contains(errorId);
        assertThat(answer.asString()).doesNotContain("organisation_identifier", "relation", "org.", "java.", "System error")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("hibernate");
        assertThat(post(IDENTIFIERS).statusCode()).as("the service itself is unharmed").isEqualTo(200);
    }

    @Test
    @Order(2)
    void aDatabaseOutageAnswersARetryableError() {
        PrivateServerResource.shutDown();

        for (Response answer : new Response[] {post("{ organisations(first: 1) { totalCount } }"),
                GraphQL.asEditor().post("mutation { upsertOrganisation(input: {name: \"停机测试局\", kind: OTHER}) { created } }")
                        .extract().response()}) {
            JsonPath json = answer.jsonPath();
            assertThat(json.getString("errors[0].extensions.code")).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(json.getBoolean("errors[0].extensions.retryable")).isTrue();
            assertThat(answer.statusCode()).isEqualTo(200);
        }
    }

    private static Response post(String document) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document)).when().post("/graphql");
    }
}
