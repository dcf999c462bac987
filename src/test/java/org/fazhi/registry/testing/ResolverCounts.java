package org.fazhi.registry.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often the service ran a resolver, read from its per-operation GraphQL metrics at {@code /q/metrics}: a request
 * refused before execution leaves the count of its fields unchanged.
 */
public final class ResolverCounts {

    private ResolverCounts() {
    }

    /** Runs of the resolver of root field {@code field} so far. */
    public static long of(String field) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher count = Pattern.compile("^mp_graphql_seconds_count\\{[^}]*name=\"" + Pattern.quote(field)
                + "\"[^}]*} ([0-9.E]+)$", Pattern.MULTILINE).matcher(metrics);
        return count.find() ? (long) Double.parseDouble(count.group(1)) : 0;
    }
}
