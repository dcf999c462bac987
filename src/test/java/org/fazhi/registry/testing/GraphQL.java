package org.fazhi.registry.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Sends GraphQL documents to the running service over HTTP, as any client would. */
public final class GraphQL {

    /** The subject of the editor token {@link #asEditor()} sends. */
    public static final String EDITOR_SUBJECT = "test-editor";
    private static final Bearer EDITOR = as(DevTokens.issue(EDITOR_SUBJECT, Duration.ofHours(1), "editor"));
    private static final Bearer READER = as(DevTokens.issue("test-reader", Duration.ofHours(1), "reader"));

    private GraphQL() {
    }

    /** Posts {@code document} without a token, with variables given as alternating names and values; expects HTTP 200. */
    public static ValidatableResponse post(String document, Object... variables) {
        return send(given(), document, variables);
    }

    /** Posts without a token and returns the {@code data} object, failing when the answer carries errors. */
    public static JsonPath data(String document, Object... variables) {
        return dataOf(post(document, variables));
    }

    /** Requests carrying a development token with the role {@code editor}. */
    public static Bearer asEditor() {
        return EDITOR;
    }

    /** Requests carrying a development token with the role {@code reader}: they see who changed what. */
    public static Bearer asReader() {
        return READER;
    }

    /** Requests carrying {@code token} as their bearer token. */
    public static Bearer as(String token) {
        return new Bearer(token);
    }

    /** Requests sent with an {@code Authorization: Bearer} header. */
    public record Bearer(String token) {

        public ValidatableResponse post(String document, Object... variables) {
            return send(given().auth().oauth2(token), document, variables);
        }

        public JsonPath data(String document, Object... variables) {
            return dataOf(post(document, variables));
        }
    }

    private static ValidatableResponse send(RequestSpecification request, String document, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        return request.contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
    }

    private static JsonPath dataOf(ValidatableResponse response) {
        JsonPath json = response.extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + json.prettify());
        }
        return json.setRootPath("data");
    }
}
