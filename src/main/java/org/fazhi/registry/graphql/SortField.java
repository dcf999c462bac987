package org.fazhi.registry.graphql;

import java.util.function.Function;

/**
 * A field a connection can be ordered by, implemented by each connection's order-field enum. Keyset
 * pagination compares (sort value, id) pairs, so the expression must never be null: nullable columns
 * are coalesced in the expression and in the value alike.
 */
public interface SortField<V> {

    /** How rows are sorted and their values carried in cursors. */
    Key<V> key();

    /** The enum constant's name, which a cursor records so it is only accepted for the same ordering. */
    String name();

    /**
     * @param expression the HQL expression the query sorts on, e.g. {@code r.reportYear}
     * @param type how the value is written into a cursor and read back
     * @param field the view's field the value is read from, which a page must therefore select
     * @param value the row's value of the expression
     */
    record Key<V>(String expression, SortType type, String field, Function<V, Object> value) {
    }
}
