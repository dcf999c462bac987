package org.fazhi.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.registry.testing.DevTokens;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens that the token library would read leniently are refused as they are written. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class TokenHardeningTest {

    static Stream<Arguments> lenientTokens() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("groups given as one string", Jwt.issuer(DevTokens.ISSUER).subject("editor-1")
                        .claim("groups", "editor reviewer").issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)))
                        .jws().sign(DevTokens.privateKey()), "array of strings"),
                Arguments.of("issued an hour ahead", DevTokens.sign("editor-1", DevTokens.ISSUER,
                        now.plus(Duration.ofHours(1)), Duration.ofHours(2), Set.of("editor"), DevTokens.privateKey()),
                        "issued in the future"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientTokens")
    void aLenientlyReadTokenIsRefused(String what, String token, String reason) {
        assertThat(AuthApiTest.assertRefusedAndNothingWritten(token, "UNAUTHENTICATED").getString("errors[0].message"))
                .contains(reason);
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        String token = DevTokens.sign("editor-1", DevTokens.ISSUER, Instant.now().plus(Duration.ofSeconds(20)),
                Duration.ofHours(1), Set.of("editor"), DevTokens.privateKey());

        assertThat(AuthApiTest.createWith(token)).isNotNull();
    }
}
