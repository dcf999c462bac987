package org.fazhi.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.cache.DataVersion;
import org.fazhi.registry.cache.LeastRecentlyUsed;

/**
 * Statistics answers kept in memory, each under the {@link DataVersion} read before it was computed, and served again
 * only to a request that reads the same version: never after a committed change to what they count. A version read
 * before the aggregate is never newer than the data the aggregate saw, and a later settled snapshot with the same
 * marker sees exactly what the aggregate saw. The least recently used answers go first.
 */
@ApplicationScoped
public class StatisticsCache {

    /** What an answer depends on besides the data: the measure, its SQL conditions, groupings and arguments. */
    record Key(String measure, List<Object> inputs) {

        static Key of(String measure, Object... inputs) {
            return new Key(measure, List.of(inputs));
        }
    }

    private record Entry(long marker, Object answer) {
    }

    private final Map<Key, Entry> entries;

    public StatisticsCache(@ConfigProperty(name = "registry.statistics.cache-entries") int capacity) {
        this.entries = new LeastRecentlyUsed<>(capacity);
    }

    /** The answer kept for {@code key} at {@code version}, or the one {@code compute} gives, then kept. */
    @SuppressWarnings("unchecked")
    <T> T answer(DataVersion version, Key key, Supplier<T> compute) {
        if (!version.settled()) {
            return compute.get();
        }
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept != null && kept.marker() == version.marker()) {
                return (T) kept.answer();
            }
        }
        T answer = compute.get();
        synchronized (entries) {
            // A slower request that read an older version must not replace a newer answer.
            entries.merge(key, new Entry(version.marker(), answer), (old, computed) -> computed.marker() >= old.marker() ? computed : old);
        }
        return answer;
    }
}
