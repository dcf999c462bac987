package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
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
                .then().statusCode(400).body("errors[0].message", containsString("does not parse"));
    }

    @Test
    void shouldAnswerARequestWithoutADocumentWith400() {
        given().contentType(ContentType.JSON).body("{\"quer\": 1}")
                .when().post("/graphql")
                .then().statusCode(400);
    }

    @Test
    void shouldRefuseATooDeepQuery() {
        GraphQL.post("{ organisations { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } }")
                .body("errors[0].message", containsString("maximum query depth exceeded"));
    }

    @Test
    void shouldRefuseATooComplexQuery() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            fields.append(" a").append(i).append(": totalCount");
        }
        given().contentType(ContentType.JSON).body(java.util.Map.of("query", "{ organisations {" + fields + " } }"))
                .when().post("/graphql")
                .then().statusCode(422).body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("more than 250 fields"));
    }

    @Test
    void shouldRefuseADocumentOverTheTokenLimit() {
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("query", "{ organisations { " + "totalCount ".repeat(6000) + "} }"))
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", containsString("token"));
    }
}
