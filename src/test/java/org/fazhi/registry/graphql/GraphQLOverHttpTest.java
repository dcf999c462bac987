package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class GraphQLOverHttpTest {

    @Test
    void shouldAnswerAQuerySentByGet() {
        given().queryParam("query", "{ organisations(first: 1) { totalCount } }")
                .when().get("/graphql")
                .then().statusCode(200).body("data.organisations.totalCount", notNullValue());
    }

    @Test
    void shouldRefuseAMutationSentByGet() {
        given().queryParam("query", "mutation { upsertOrganisation(input: {name: \"x\", kind: OTHER}) { created } }")
                .when().get("/graphql")
                .then().statusCode(405);
    }

    @Test
    void shouldAnswerMalformedJsonWith400() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{ organisations { ")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldAnswerAnUnparseableDocumentWith400() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{ organisations { \"}")
                .when().post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", containsString("does not parse"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void shouldAnswerAValidationFailureWith422AndTheGraphQLResponseMediaType() {
        refused("{ organisations { nodes { nameOfTheMayor } } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("nameOfTheMayor"));
    }

    @Test
    void shouldGiveEveryErrorOfAnArgumentOfTheWrongTypeACode() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "query($n: Int) { organisations(first: $n) { totalCount } }",
                        "variables", Map.of("n", "many")))
                .when().post("/graphql")
                .then().body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors.extensions.code", everyItem(notNullValue()));
    }

    @Test
    void shouldKeepStatus200ForClientsThatAcceptOnlyJson() {
        given().contentType(ContentType.JSON).accept("application/json")
                .body(Map.of("query", "{ organisations { nodes { nameOfTheMayor } } }"))
                .when().post("/graphql")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void shouldAnswerTheFullIntrospectionQueryOfGraphQLToolsAndCodeGenerators() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json, application/json")
                .body(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY, "operationName", "IntrospectionQuery"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.__schema.types.name", hasItems("Report", "DateTime", "Base64"));
    }

    @Test
    void shouldAnswerARequestWithoutADocumentWith400() {
        given().contentType(ContentType.JSON).body("{\"quer\": 1}")
                .when().post("/graphql")
                .then().statusCode(400);
    }

    @Test
    void shouldRefuseATooDeepQueryWithItsCode() {
        refused("{ organisations { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } }")
                .body("errors[0].message", containsString("maximum query depth exceeded"))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void shouldCountTheDepthOfIntrospectionInsideAnOrdinaryQuery() {
        refused("{ __schema { queryType { name } } organisations { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } }")
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void shouldRefuseATooComplexQueryWithItsCode() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            fields.append(" a").append(i).append(": totalCount");
        }
        refused("{ organisations {" + fields + " } }")
                .body("errors[0].message", containsString("more than 250 fields"))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    /** A request refused as a whole: 422, the GraphQL-over-HTTP media type, errors and no data. */
    private static ValidatableResponse refused(String document) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document))
                .when().post("/graphql")
                .then().statusCode(422)
                .contentType(containsString("application/graphql-response+json"))
                .body("data", nullValue())
                .body("errors.extensions.code", everyItem(notNullValue()));
    }

    @Test
    void shouldRefuseADocumentOverTheTokenLimit() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ organisations { " + "totalCount ".repeat(6000) + "} }"))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", containsString("token"));
    }
}
