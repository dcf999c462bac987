package org.fazhi.registry.cache;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

/**
 * Answers kept in memory, each under the {@link DataVersion} read before it was computed, and served again only to a
 * request that reads the same settled version: never after a committed change to what it reads. A version read
 * before the answer is never newer than the data the answer saw, and a later settled snapshot with the same marker
 * sees exactly what it saw. Bounded by what the answers weigh ({@link LeastRecentlyUsedBySize}); under an unsettled
 * version nothing is served or kept. Synchronized.
 */
public final class VersionedAnswers<K, V> {

    private record Kept<V>(long marker, V answer, long size) {
    }

    private final LeastRecentlyUsedBySize<K, Kept<V>> kept;
    private final ToLongBiFunction<K, V> size;

    /** Keeps answers up to {@code capacity}, each as large as {@code size} says; a capacity of 0 keeps none. */
    public VersionedAnswers(long capacity, ToLongBiFunction<K, V> size) {
        this.kept = new LeastRecentlyUsedBySize<>(capacity, Kept::size);
        this.size = size;
    }

    /** Whether answers are kept at all: when not, no version need be read. */
    public boolean keeps() {
        return kept.holds();
    }

    /** The answer kept for {@code key} at {@code version}, if any. */
    public Optional<V> at(DataVersion version, K key) {
        if (!version.settled()) {
            return Optional.empty();
        }
        Kept<V> entry = kept.get(key);
        return entry != null && entry.marker() == version.marker() ? Optional.of(entry.answer()) : Optional.empty();
    }

    /** Keeps {@code answer}, computed after {@code version} was read, unless a newer one is kept already. */
    public void keep(DataVersion version, K key, V answer) {
        if (version.settled()) {
            // A slower request that read an older version must not replace a newer answer.
            kept.merge(key, new Kept<>(version.marker(), answer, size.applyAsLong(key, answer)),
                    (old, computed) -> computed.marker() >= old.marker() ? computed : old);
        }
    }

    /** The answer kept for {@code key} at {@code version}, or the one {@code compute} gives, then kept. */
    public V answer(DataVersion version, K key, Supplier<V> compute) {
        Optional<V> known = at(version, key);
        if (known.isPresent()) {
            return known.get();
        }
        V answer = compute.get();
        keep(version, key, answer);
        return answer;
    }
}
