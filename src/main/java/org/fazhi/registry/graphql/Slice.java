package org.fazhi.registry.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of rows read with keyset pagination: the query asks for one row more than the page
 * holds, and that extra row only tells whether a next page exists. The size of the whole list is
 * not part of it: connections count only when a client asks for {@code totalCount}.
 */
public record Slice<T>(List<T> rows, boolean hasNextPage, boolean hasPreviousPage) {

    public static <T> Slice<T> of(List<T> fetched, PageRequest page) {
        boolean more = fetched.size() > page.first();
        List<T> rows = more ? fetched.subList(0, page.first()) : fetched;
        return new Slice<>(List.copyOf(rows), more, page.afterKey() != null);
    }

    public <V> Slice<V> map(Function<T, V> mapper) {
        return new Slice<>(rows.stream().map(mapper).toList(), hasNextPage, hasPreviousPage);
    }

    /** The page info of a connection ordered by id. */
    public PageInfo pageInfo(ToLongFunction<T> key) {
        return pageInfoWith(row -> PageRequest.cursor(key.applyAsLong(row)));
    }

    /** The page info with the cursors {@code cursor} gives the first and last rows. */
    public PageInfo pageInfoWith(Function<T, String> cursor) {
        String start = rows.isEmpty() ? null : cursor.apply(rows.get(0));
        String end = rows.isEmpty() ? null : cursor.apply(rows.get(rows.size() - 1));
        return new PageInfo(hasNextPage, hasPreviousPage, start, end);
    }
}
