package org.fazhi.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.cache.DataVersion;
import org.fazhi.registry.cache.VersionedAnswers;

/**
 * Statistics answers kept in memory until a change to what they count commits ({@link VersionedAnswers}), at most
 * {@code registry.statistics.cache-entries} of them: an answer is a few rows, so they are counted, not weighed.
 */
@ApplicationScoped
public class StatisticsCache {

    /** What an answer depends on besides the data: the measure, its SQL conditions, groupings and arguments. */
    record Key(String measure, List<Object> inputs) {

        static Key of(String measure, Object... inputs) {
            return new Key(measure, List.of(inputs));
        }
    }

    private final VersionedAnswers<Key, Object> answers;

    public StatisticsCache(@ConfigProperty(name = "registry.statistics.cache-entries") int capacity) {
        this.answers = new VersionedAnswers<>(capacity, (key, answer) -> 1);
    }

    /** The answer kept for {@code key} at {@code version}, or the one {@code compute} gives, then kept. */
    @SuppressWarnings("unchecked")
    <T> T answer(DataVersion version, Key key, Supplier<T> compute) {
        return (T) answers.answer(version, key, compute::get);
    }
}
