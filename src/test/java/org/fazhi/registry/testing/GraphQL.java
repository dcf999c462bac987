package org.fazhi.registry.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Sends GraphQL documents to the running service over HTTP, as any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Posts {@code document} with variables given as alternating names and values; expects HTTP 200. */
    public static ValidatableResponse post(String document, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Posts and returns the {@code data} object, failing when the answer carries errors. */
    public static JsonPath data(String document, Object... variables) {
        JsonPath json = post(document, variables).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + json.prettify());
        }
        return json.setRootPath("data");
    }
}
