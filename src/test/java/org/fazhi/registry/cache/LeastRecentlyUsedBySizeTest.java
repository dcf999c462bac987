package org.fazhi.registry.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

class LeastRecentlyUsedBySizeTest {

    private static final BinaryOperator<String> LATEST = (held, value) -> value;

    @Test
    void shouldDropTheValuesLeastRecentlyReadUntilTheNewOneFits() {
        LeastRecentlyUsedBySize<String, String> held = new LeastRecentlyUsedBySize<>(10, String::length);
        held.merge("a", "aaaa", LATEST);
        held.merge("b", "bbbb", LATEST);
        held.get("a");
        held.merge("c", "cccccc", LATEST);

        assertThat(held.get("a")).isEqualTo("aaaa");
        assertThat(held.get("b")).isNull();
        assertThat(held.get("c")).isEqualTo("cccccc");
        assertThat(held.total()).isEqualTo(10);
    }

    @Test
    void shouldNotHoldAValueLargerThanTheWholeCapacityNorDropOthersForIt() {
        LeastRecentlyUsedBySize<String, String> held = new LeastRecentlyUsedBySize<>(5, String::length);
        held.merge("a", "aa", LATEST);
        held.merge("b", "bbbbbb", LATEST);

        assertThat(held.get("b")).isNull();
        assertThat(held.get("a")).isEqualTo("aa");
        assertThat(held.total()).isEqualTo(2);
    }

    @Test
    void shouldKeepWhatTheChoiceKeepsAndCountOnlyThat() {
        LeastRecentlyUsedBySize<String, String> held = new LeastRecentlyUsedBySize<>(100, String::length);
        BinaryOperator<String> longer = (old, value) -> value.length() > old.length() ? value : old;
        held.merge("a", "aaa", longer);
        held.merge("a", "a", longer);
        held.merge("a", "aaaaa", LATEST);

        assertThat(held.get("a")).isEqualTo("aaaaa");
        assertThat(held.total()).isEqualTo(5);
    }

    @Test
    void shouldHoldNothingAtCapacityZero() {
        LeastRecentlyUsedBySize<String, String> held = new LeastRecentlyUsedBySize<>(0, String::length);
        held.merge("a", "a", LATEST);

        assertThat(held.holds()).isFalse();
        assertThat(held.get("a")).isNull();
    }
}
