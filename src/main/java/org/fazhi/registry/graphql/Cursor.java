package org.fazhi.registry.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fazhi.registry.outcome.Echo;

/**
 * The position of a row in a connection: its id and, when the connection is ordered by a field, that
 * field's name and the row's value. Clients see it as an opaque base64url token.
 */
public record Cursor(long key, String field, String value) {

    private static final String PREFIX = "cursor:";

    public String encode() {
        String raw = PREFIX + key + (field == null ? "" : ":" + field + ":" + value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor) throws InvalidArgumentException {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                // The value comes last because it may itself hold colons (timestamps).
                String[] parts = raw.substring(PREFIX.length()).split(":", 3);
                long key = Long.parseLong(parts[0]);
                if (parts.length == 1) {
                    return new Cursor(key, null, null);
                }
                if (parts.length == 3) {
                    return new Cursor(key, parts[1], parts[2]);
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new InvalidArgumentException("`after` is not a cursor of this connection: " + Echo.of(cursor));
    }
}
