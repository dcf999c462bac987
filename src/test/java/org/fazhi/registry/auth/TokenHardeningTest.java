package org.fazhi.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** Tokens that the token library would read leniently are refused as they are written. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class TokenHardeningTest {

    private static final String CREATE = """
            mutation($code: String!) {
              upsertOrganisation(input: {name: "令牌测试局", kind: DEPARTMENT, creditCode: $code}) { organisation { id } }
            }""";

    @Test
    void groupsGivenAsOneStringGrantNoRole() {
        String token = Jwt.issuer(DevTokens.ISSUER).subject("editor-1").claim("groups", "editor reviewer")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofHours(1))).jws().sign(DevTokens.privateKey());

        JsonPath answer = refusedAndNothingWritten(token);

        assertThat(answer.getString("errors[0].message")).contains("array of strings");
    }

    @Test
    void aTokenIssuedAnHourAheadIsRefused() {
        String token = DevTokens.sign("editor-1", DevTokens.ISSUER, Instant.now().plus(Duration.ofHours(1)),
                Duration.ofHours(2), Set.of("editor"), DevTokens.privateKey());

        JsonPath answer = refusedAndNothingWritten(token);

        assertThat(answer.getString("errors[0].message")).contains("issued in the future");
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        String token = DevTokens.sign("editor-1", DevTokens.ISSUER, Instant.now().plus(Duration.ofSeconds(20)),
                Duration.ofHours(1), Set.of("editor"), DevTokens.privateKey());

        assertThat(GraphQL.as(token).data(CREATE, "code", CreditCodes.next()).getString("upsertOrganisation.organisation.id"))
                .isNotNull();
    }

    private static JsonPath refusedAndNothingWritten(String token) {
        Map<String, Long> before = Database.rowCounts();

        JsonPath answer = GraphQL.as(token).post(CREATE, "code", CreditCodes.next()).extract().jsonPath();

        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.getString("data.upsertOrganisation")).isNull();
        assertThat(Database.rowCounts()).isEqualTo(before);
        return answer;
    }
}
