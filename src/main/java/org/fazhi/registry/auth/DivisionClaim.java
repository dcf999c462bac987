package org.fazhi.registry.auth;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.fazhi.registry.division.DivisionCodes;

/**
 * Reads a token's {@code division} claim: one division code or an array of them (six digits, or nine for a
 * township), e.g. {@code "division": ["410000", "420105"]}. Without the claim the scope is national.
 */
final class DivisionClaim {

    static final String NAME = "division";

    private DivisionClaim() {
    }

    static DivisionScope scopeOf(JsonWebToken token) throws ForbiddenException {
        if (!token.containsClaim(NAME)) {
            return DivisionScope.NATIONAL;
        }
        List<String> codes = new ArrayList<>();
        for (String value : values(token.getClaim(NAME))) {
            String code = DivisionCodes.normalise(value);
            if (code == null) {
                // A scope that cannot be read must not widen into national scope.
                throw new ForbiddenException("the token's `" + NAME + "` claim holds `" + value
                        + "`, which is not a division code (six digits, or nine for a township)");
            }
            codes.add(code);
        }
        return DivisionScope.of(codes);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().map(DivisionClaim::text).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(DivisionClaim::text).toList();
        }
        String single = text(claim).strip();
        return single.isEmpty() ? List.of() : Arrays.asList(single.split("[\\s,]+"));
    }

    private static String text(Object value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof JsonValue json ? json.toString() : String.valueOf(value);
    }
}
