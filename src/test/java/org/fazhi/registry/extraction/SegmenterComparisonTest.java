package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Four kinds of term for the follow-up matcher, each weighed by its own rarities on the same background reports,
 * on the 208 development pairs of the second round: character bigrams (the first version's), bigrams kept within
 * words (used), and the words of two maintained segmenters (Lucene smartcn, HanLP portable). Each is measured with
 * the whole matcher, and also by score alone at the PARTIAL threshold that suits it best, so that none is judged
 * on another's threshold. It prints the figures the choice of term rests on (docs/follow-up.md).
 */
class SegmenterComparisonTest {

    @Test
    void shouldMeasureEachKindOfTermOnTheDevelopmentPairs() {
        List<LabelledPair> pairs = LabelledPair.inSight().stream().filter(p -> !p.isBlind()).toList();
        List<String> background = BackgroundReports.paragraphs();
        Segment hanlp = HanLP.newSegment().enableOffset(true);
        Map<String, Tokenizer> tokenizers = Map.of(
                "1 character bigrams", CharacterBigrams.INSTANCE,
                "2 bigrams within words", WordBigrams.INSTANCE,
                "3 smartcn words", SegmenterComparisonTest::smartcnWords,
                "4 HanLP portable words", text -> hanWords(hanlp.seg(text).stream()
                        .map(t -> new Token(t.word, t.offset, t.offset + t.word.length())).toList()));
        Map<String, FollowUpEvaluation.Figures> measured = new TreeMap<>();
        new TreeMap<>(tokenizers).forEach((name, tokenizer) -> {
            FollowUpEvaluation evaluation = new FollowUpEvaluation(pairs, tokenizer, TermRarity.count(background, tokenizer));
            double threshold = bestThreshold(evaluation);
            measured.put(name, evaluation.figures(p -> true));
            System.out.printf(Locale.ROOT, "terms: %-24s matcher: %s; by score alone from %.2f: %s; final part: %s%n",
                    name, measured.get(name), threshold, evaluation.figuresAt(threshold, p -> true),
                    evaluation.figures(LabelledPair::isFinal));
        });

        assertThat(measured).hasSize(4);
        measured.values().forEach(f -> assertThat(f.pairs()).isEqualTo(pairs.size()));
    }

    /** The PARTIAL threshold that suits a kind of term best (highest F1 by score alone on the pairs). */
    private static double bestThreshold(FollowUpEvaluation evaluation) {
        return IntStream.rangeClosed(5, 95).mapToDouble(t -> t / 100.0).boxed()
                .max(Comparator.comparingDouble(t -> f1(evaluation.figuresAt(t, p -> true)))).orElseThrow();
    }

    private static double f1(FollowUpEvaluation.Figures f) {
        return f.precision() + f.recall() == 0 ? 0 : 2 * f.precision() * f.recall() / (f.precision() + f.recall());
    }

    private static List<Token> smartcnWords(String text) {
        return ChineseWords.of(text);
    }

    private static List<Token> hanWords(List<Token> tokens) {
        return tokens.stream().filter(t -> t.term().chars().anyMatch(c -> Chars.isHan((char) c))).toList();
    }
}
