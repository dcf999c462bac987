package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Character bigrams against two maintained word segmenters (HanLP portable, Lucene's smartcn) as the terms of
 * the follow-up matcher, each weighed by its own rarities on the same background reports, on the whole
 * evaluation set: each gets the PARTIAL threshold that suits it best on the development pairs and is measured on
 * the final part. It prints the figures the choice of term rests on (docs/follow-up.md).
 */
class SegmenterComparisonTest {

    @Test
    void shouldMeasureEachKindOfTermOnTheFinalPart() {
        List<LabelledPair> pairs = LabelledPair.all();
        List<String> background = BackgroundReports.paragraphs();
        Segment hanlp = HanLP.newSegment().enableOffset(true);
        Map<String, Tokenizer> tokenizers = Map.of(
                "character bigrams", CharacterBigrams.INSTANCE,
                "HanLP portable words", text -> hanWords(hanlp.seg(text).stream()
                        .map(t -> new Token(t.word, t.offset, t.offset + t.word.length())).toList()),
                "Lucene smartcn words", SegmenterComparisonTest::smartcn);
        Map<String, FollowUpEvaluation.Figures> finalPart = new TreeMap<>();
        tokenizers.forEach((name, tokenizer) -> {
            FollowUpEvaluation evaluation = new FollowUpEvaluation(pairs, tokenizer, TermRarity.count(background, tokenizer));
            double threshold = bestThreshold(evaluation);
            finalPart.put(name, evaluation.figuresAt(threshold, LabelledPair::isFinal));
            System.out.printf(Locale.ROOT, "terms: %-22s threshold %.2f (best F1 on development pairs); final: %s; all: %s%n",
                    name, threshold, finalPart.get(name), evaluation.figuresAt(threshold, p -> true));
        });

        assertThat(finalPart).hasSize(3);
        finalPart.values().forEach(f -> assertThat(f.pairs()).isEqualTo(pairs.stream().filter(LabelledPair::isFinal).count()));
    }

    /** The PARTIAL threshold that suits a kind of term best (highest F1 on development pairs), so none is judged on another's. */
    private static double bestThreshold(FollowUpEvaluation evaluation) {
        return IntStream.rangeClosed(5, 95).mapToDouble(t -> t / 100.0).boxed()
                .max(Comparator.comparingDouble(t -> f1(evaluation.figuresAt(t, p -> !p.isFinal())))).orElseThrow();
    }

    private static double f1(FollowUpEvaluation.Figures f) {
        return 2 * f.precision() * f.recall() / (f.precision() + f.recall());
    }

    private static List<Token> hanWords(List<Token> tokens) {
        return tokens.stream().filter(t -> t.term().chars().anyMatch(c -> Chars.isHan((char) c))).toList();
    }

    private static List<Token> smartcn(String text) {
        List<Token> tokens = new ArrayList<>();
        try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
                TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hanWords(tokens);
    }
}
