package org.fazhi.registry.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Answers a batched resolver: rows read in one query, handed back per parent in the parents' order. */
public final class Batches {

    private Batches() {
    }

    /** Rows by id, read in one query; no query at all for no ids. */
    public static <R> Map<Long, R> byId(Collection<Long> ids, Function<Collection<Long>, List<R>> load,
            ToLongFunction<R> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return load.apply(ids).stream().collect(Collectors.toMap(id::applyAsLong, Function.identity()));
    }

    /** Rows read by id, handed back as views by id. */
    public static <R, V> Map<Long, V> viewsById(List<R> rows, ToLongFunction<R> id, Function<R, V> view) {
        return rows.stream().collect(Collectors.toMap(id::applyAsLong, view));
    }

    /**
     * A page for each parent: {@code pairs} holds (parent id, row id) of every page, in page order and one row
     * more than a page (to tell whether another follows); {@code load} reads the rows of those ids.
     */
    public static <R> Map<Long, Slice<R>> pagesPerParent(Collection<Long> parents, List<Object[]> pairs,
            Function<Collection<Long>, Map<Long, R>> load, PageRequest page) {
        Map<Long, R> byId = load.apply(pairs.stream().map(p -> number(p[1])).toList());
        Map<Long, List<R>> fetched = pairs.stream().collect(Collectors.groupingBy(p -> number(p[0]),
                Collectors.mapping(p -> byId.get(number(p[1])), Collectors.toList())));
        return parents.stream().distinct().collect(Collectors.toMap(Function.identity(),
                parent -> Slice.of(fetched.getOrDefault(parent, List.of()), page)));
    }

    /** Counts by parent from (parent id, count) rows. */
    public static Map<Long, Long> countsByParent(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> number(r[0]), r -> number(r[1])));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static <P, R, V> List<List<V>> perParent(List<P> parents, ToLongFunction<P> parentKey, List<R> rows,
            ToLongFunction<R> rowParentKey, Function<R, V> view) {
        Map<Long, List<V>> grouped = rows.stream().collect(Collectors.groupingBy(rowParentKey::applyAsLong,
                Collectors.mapping(view, Collectors.toList())));
        return parents.stream().map(p -> grouped.getOrDefault(parentKey.applyAsLong(p), List.of())).toList();
    }
}
