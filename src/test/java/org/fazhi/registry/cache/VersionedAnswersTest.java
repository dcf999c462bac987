package org.fazhi.registry.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedAnswersTest {

    private static final DataVersion FIRST = new DataVersion(7, true);
    private static final DataVersion SECOND = new DataVersion(9, true);

    private final VersionedAnswers<String, String> answers = new VersionedAnswers<>(100, (key, answer) -> answer.length());

    @Test
    void shouldServeAnAnswerAgainOnlyAtTheVersionItWasKeptUnder() {
        AtomicInteger computed = new AtomicInteger();

        answers.answer(FIRST, "q", () -> "a" + computed.incrementAndGet());
        String again = answers.answer(FIRST, "q", () -> "a" + computed.incrementAndGet());
        String changed = answers.answer(SECOND, "q", () -> "a" + computed.incrementAndGet());

        assertThat(again).isEqualTo("a1");
        assertThat(changed).isEqualTo("a2");
        assertThat(answers.at(FIRST, "q")).isEmpty();
    }

    @Test
    void shouldNotLetAnAnswerOfAnOlderVersionReplaceANewerOne() {
        answers.keep(SECOND, "q", "newer");
        answers.keep(FIRST, "q", "older, finished later");

        assertThat(answers.at(SECOND, "q")).contains("newer");
        assertThat(answers.at(FIRST, "q")).isEmpty();
    }

    @Test
    void shouldNeitherServeNorKeepUnderAnUnsettledVersion() {
        answers.keep(FIRST, "q", "kept");
        answers.keep(DataVersion.UNSETTLED, "r", "not kept");

        assertThat(answers.at(DataVersion.UNSETTLED, "q")).isEmpty();
        assertThat(answers.answer(FIRST, "r", () -> "computed")).isEqualTo("computed");
    }

    @Test
    void shouldKeepNothingAtCapacityZero() {
        VersionedAnswers<String, String> none = new VersionedAnswers<>(0, (key, answer) -> 1);
        none.keep(FIRST, "q", "a");

        assertThat(none.keeps()).isFalse();
        assertThat(none.at(FIRST, "q")).isEmpty();
    }
}
