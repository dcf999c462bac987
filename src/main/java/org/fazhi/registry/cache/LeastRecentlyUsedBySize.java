package org.fazhi.registry.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.ToLongFunction;

/**
 * Values held up to a total size, each as large as {@code size} says: adding one drops the entries least recently
 * read or written until the total is within {@code capacity} again, and a value larger than the whole capacity is
 * not held at all. Where {@link LeastRecentlyUsed} counts entries, this counts what they weigh, for values whose
 * sizes differ by orders of magnitude. Synchronized.
 */
public final class LeastRecentlyUsedBySize<K, V> {

    private final long capacity;
    private final ToLongFunction<V> size;
    private final Map<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long total;

    public LeastRecentlyUsedBySize(long capacity, ToLongFunction<V> size) {
        this.capacity = capacity;
        this.size = size;
    }

    /** Whether anything can be held: false for a capacity of 0, which switches keeping off. */
    public boolean holds() {
        return capacity > 0;
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Holds {@code value}, or what {@code choose} makes of the value held and it; then drops what no longer fits. */
    public synchronized void merge(K key, V value, BinaryOperator<V> choose) {
        V held = entries.get(key);
        V chosen = held == null ? value : choose.apply(held, value);
        if (held != null) {
            total -= size.applyAsLong(held);
        }
        long weight = size.applyAsLong(chosen);
        if (weight > capacity) {
            entries.remove(key);
            return;
        }
        entries.put(key, chosen);
        total += weight;
        Iterator<V> eldestFirst = entries.values().iterator();
        while (total > capacity) {
            total -= size.applyAsLong(eldestFirst.next());
            eldestFirst.remove();
        }
    }

    /** The total size of what is held. */
    public synchronized long total() {
        return total;
    }
}
