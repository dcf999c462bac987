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

    public static <P, R, V> List<List<V>> perParent(List<P> parents, ToLongFunction<P> parentKey, List<R> rows,
            ToLongFunction<R> rowParentKey, Function<R, V> view) {
        Map<Long, List<V>> grouped = rows.stream().collect(Collectors.groupingBy(rowParentKey::applyAsLong,
                Collectors.mapping(view, Collectors.toList())));
        return parents.stream().map(p -> grouped.getOrDefault(parentKey.applyAsLong(p), List.of())).toList();
    }
}
