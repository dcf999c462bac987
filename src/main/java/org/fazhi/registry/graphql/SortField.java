package org.fazhi.registry.graphql;

/**
 * A field a connection can be ordered by, implemented by each connection's order-field enum. Keyset
 * pagination compares (sort value, id) pairs, so the expression must never be null: nullable columns
 * are coalesced in the expression and in {@link #value} alike.
 */
public interface SortField<V> {

    /** The HQL expression the query sorts on, e.g. {@code r.reportYear}. */
    String expression();

    SortType type();

    /** The row's value of {@link #expression()}, as the cursor carries it. */
    Object value(V row);

    /** The enum constant's name, which a cursor records so it is only accepted for the same ordering. */
    String name();
}
