package org.fazhi.registry.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {

    @Test
    void shouldDropTheEntryLeastRecentlyReadWhenFull() {
        LeastRecentlyUsed<String, Integer> map = new LeastRecentlyUsed<>(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);

        assertThat(map).containsOnlyKeys("a", "c");
    }

    @Test
    void shouldKeepEveryEntryUpToItsCapacity() {
        LeastRecentlyUsed<Integer, Integer> map = new LeastRecentlyUsed<>(3);
        for (int i = 0; i < 3; i++) {
            map.put(i, i);
        }

        assertThat(map).hasSize(3).containsKeys(0, 1, 2);
    }
}
