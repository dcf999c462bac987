package org.fazhi.registry.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated {@code first}/{@code after} pair of a connection: at most {@link #MAX_PAGE_SIZE} items
 * after the row whose key the cursor carries.
 */
public record PageRequest(int first, Long afterKey) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    private static final String CURSOR_PREFIX = "cursor:";

    public static PageRequest of(Integer first, String after) throws InvalidArgumentException {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException(
                    "`first` must be between 0 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return new PageRequest(size, after == null ? null : decodeCursor(after));
    }

    public static String cursor(long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeCursor(String cursor) throws InvalidArgumentException {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(CURSOR_PREFIX)) {
                return Long.parseLong(raw.substring(CURSOR_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new InvalidArgumentException("`after` is not a cursor of this connection: " + cursor);
    }
}
