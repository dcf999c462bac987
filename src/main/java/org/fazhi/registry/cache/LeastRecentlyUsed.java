package org.fazhi.registry.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map holding at most {@code capacity} entries: adding one more drops the entry least recently read or written.
 * Not synchronized; what the service keeps in memory between requests is bounded this way.
 */
public final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private static final long serialVersionUID = 1L;

    private final int capacity;

    public LeastRecentlyUsed(int capacity) {
        super(64, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
