package org.fazhi.registry.graphql;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The sizes of many parents' lists (the reports of each organisation of a response), counted together by
 * one statement the first time a client's {@code totalCount} asks for any of them, and never when none does.
 */
public final class ParentCounts {

    private final Supplier<Map<Long, Long>> counter;
    private Map<Long, Long> counts;

    /** @param counter the size of each parent's list by parent id; a parent left out has none */
    public ParentCounts(Supplier<Map<Long, Long>> counter) {
        this.counter = counter;
    }

    /** The size of {@code parent}'s list. */
    public TotalCount of(long parent) {
        return () -> counts().getOrDefault(parent, 0L).intValue();
    }

    private synchronized Map<Long, Long> counts() {
        if (counts == null) {
            counts = counter.get();
        }
        return counts;
    }
}
