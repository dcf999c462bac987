package org.fazhi.registry.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.outcome.Echo;

/** A position in the change feed: the committing transaction's id and the event's id within it. */
record FeedCursor(long txId, long id) {

    private static final String PREFIX = "change:";

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + txId + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static FeedCursor decode(String cursor) throws InvalidArgumentException {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                String[] parts = raw.substring(PREFIX.length()).split(":");
                if (parts.length == 2) {
                    return new FeedCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidArgumentException("`after` is not a cursor of the change feed: " + Echo.of(cursor));
    }
}
