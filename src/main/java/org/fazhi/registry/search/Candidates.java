package org.fazhi.registry.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hits a search ranks, by kind, most recent report first: up to {@code limit} of each kind, and whether some
 * kind has more (the ranking then holds the most recent ones of that kind only). Filled in the reports' order, from
 * one group of reports after another; one hit past the limit is kept to tell that there are more.
 */
final class Candidates {

    private final int limit;
    private final Map<SearchSource, List<Long>> found = new EnumMap<>(SearchSource.class);
    private final Set<SearchSource> finished = EnumSet.noneOf(SearchSource.class);

    Candidates(List<SearchSource> sources, int limit) {
        this.limit = limit;
        sources.forEach(s -> found.put(s, new ArrayList<>()));
    }

    int limit() {
        return limit;
    }

    /** Adds a hit that comes after all those added so far, when its kind still lacks hits. */
    void add(SearchSource source, long id) {
        if (lacking().contains(source)) {
            found.get(source).add(id);
        }
    }

    /** Records that every hit of {@code source} up to one past the limit has been added. */
    void finish(SearchSource source) {
        finished.add(source);
    }

    /** The kinds searched that may still gain hits from reports further back. */
    List<SearchSource> lacking() {
        return found.entrySet().stream().filter(e -> e.getValue().size() <= limit && !finished.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** The hits ranked, by kind. */
    Map<SearchSource, List<Long>> ranked() {
        Map<SearchSource, List<Long>> ranked = new EnumMap<>(SearchSource.class);
        found.forEach((source, ids) -> ranked.put(source, ids.subList(0, Math.min(limit, ids.size()))));
        return ranked;
    }

    /** How many hits the ranking holds. */
    int total() {
        return ranked().values().stream().mapToInt(List::size).sum();
    }

    /** False when some kind has more hits than the ranking holds. */
    boolean complete() {
        return found.values().stream().allMatch(ids -> ids.size() <= limit);
    }
}
