package org.fazhi.registry.persistence;

import java.util.Map;

/**
 * Where a page of a list starts: after the last row of the page before, as its sort value and id say (keyset
 * pagination), never at an offset. It is kept apart from a filter's {@link Conditions}, so that the same filter counts
 * the whole list and reads any page without being copied or taken apart.
 *
 * @param clause the condition over {@code :afterKey} (and {@code :afterValue} when the order is by a value); null
 *     at the start of the list
 */
public record Keyset(String clause, Map<String, Object> parameters) {

    /** The start of the list: the first page. */
    public static final Keyset START = new Keyset(null, Map.of());

    /** The rows whose {@code keyColumn} follows {@code key} in ascending order; the start when {@code key} is null. */
    public static Keyset after(String keyColumn, Object key) {
        return key == null ? START : new Keyset(keyColumn + " > :afterKey", Map.of("afterKey", key));
    }

    /** True at the start of the list, where no row is left out. */
    public boolean atStart() {
        return clause == null;
    }
}
