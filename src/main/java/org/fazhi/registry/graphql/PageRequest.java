package org.fazhi.registry.graphql;

/**
 * A validated {@code first}/{@code after} pair of a connection: at most {@link #MAX_PAGE_SIZE} items
 * after the row the cursor points to.
 */
public record PageRequest(int first, Cursor after) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(Integer first, String after) throws InvalidArgumentException {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException(
                    "`first` must be between 0 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return new PageRequest(size, after == null ? null : Cursor.decode(after));
    }

    /** The id of the row the page starts after; null for the first page. */
    public Long afterKey() {
        return after == null ? null : after.key();
    }

    /** The cursor of the row with id {@code key} in a connection ordered by id. */
    public static String cursor(long key) {
        return new Cursor(key, null, null).encode();
    }
}
