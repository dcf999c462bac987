package org.fazhi.registry.auth;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a verified token read as written, where the token library is lenient: {@code groups} must be an array
 * of strings (a string would be split at its spaces, {@code "editor reviewer"} granting both roles), and a token must
 * not be issued in the future beyond a small clock skew.
 */
final class TokenClaims {

    /** How far the issuer's clock may run ahead of this service's, as the library allows for expiry. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private TokenClaims() {
    }

    /** Why the claims of {@code rawToken} (a signed JWT already verified) are refused; empty when they are sound. */
    static Optional<String> problem(String rawToken, Instant now) {
        JsonObject claims = payload(rawToken);
        JsonValue groups = claims.get("groups");
        if (groups != null && !(groups instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance))) {
            return Optional.of("the token's `groups` claim must be an array of strings");
        }
        JsonValue issuedAt = claims.get("iat");
        if (issuedAt instanceof JsonNumber seconds
                && Instant.ofEpochSecond(seconds.longValue()).isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of("the token is issued in the future (`iat`)");
        }
        return Optional.empty();
    }

    private static JsonObject payload(String rawToken) {
        String[] parts = rawToken.split("\\.");
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(Base64.getUrlDecoder().decode(parts[1])))) {
            return reader.readObject();
        }
    }
}
