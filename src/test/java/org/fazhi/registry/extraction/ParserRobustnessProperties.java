package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The parser never throws and never hangs, whatever it is fed: truncated and shuffled reports, random
 * Unicode, report fragments glued at random, megabytes of one character. The time budget is a hang guard, not
 * a performance assertion.
 */
class ParserRobustnessProperties {

    private static final ReportParser PARSER = new ReportParser();
    private static final List<String> SEEDS = Seeds.names().stream().map(Seeds::text).toList();
    private static final int ONE_MEGABYTE = 1 << 20;

    @Property(tries = 200)
    void truncatedReportsParse(@ForAll @IntRange(min = 0, max = 4) int seed, @ForAll @IntRange(min = 0, max = 10_000) int cut) {
        String text = SEEDS.get(seed);
        assertParses(text.substring(0, Math.min(cut, text.length())));
        assertParses(text.substring(Math.min(cut, text.length())));
    }

    @Property(tries = 200)
    void shuffledLinesParse(@ForAll @IntRange(min = 0, max = 4) int seed, @ForAll long shuffle) {
        List<String> lines = new ArrayList<>(List.of(SEEDS.get(seed).split("\n", -1)));
        Collections.shuffle(lines, new Random(shuffle));
        assertParses(String.join("\n", lines));
    }

    @Property(tries = 300)
    void randomUnicodeParses(@ForAll @StringLength(max = 3000) String text) {
        assertParses(text);
    }

    @Property(tries = 300)
    void randomCjkAndPunctuationParses(@ForAll("reportAlphabet") String text) {
        assertParses(text);
    }

    @Property(tries = 200)
    void fragmentsGluedAtRandomParse(@ForAll("fragments") List<String> fragments) {
        assertParses(String.join("", fragments));
    }

    @Property(tries = 20)
    void oneMegabyteOfOneCharacterParses(@ForAll @CharRange(from = '\u0000', to = '\uffff') char c) {
        assertParses(String.valueOf(c).repeat(ONE_MEGABYTE));
    }

    @Test
    void megabytesOfMarkersAndBracketsParse() {
        for (String unit : List.of("一、", "(一)", "一是", "①", "1.", "《", "》", "\n", "**", "经(jīng)", "12次", "2024年", "|索引号:|", " ")) {
            assertParses(unit.repeat(ONE_MEGABYTE / unit.length()));
        }
    }

    @Provide
    Arbitrary<String> reportAlphabet() {
        return Arbitraries.strings().withChars("一二三四五六七八九十是、。，；：:;,.()（）《》〈〉①②③0123456789年月日次件余%\n 局镇政府报告问题安排举措成效第责任人我索引号|[]-*")
                .ofMaxLength(2000);
    }

    @Provide
    Arbitrary<List<String>> fragments() {
        List<String> pieces = new ArrayList<>();
        for (String seed : SEEDS) {
            for (int i = 0; i + 40 <= seed.length(); i += 37) {
                pieces.add(seed.substring(i, i + 40));
            }
        }
        return Arbitraries.of(pieces).list().ofMaxSize(100);
    }

    /** Parses within a generous budget: two seconds plus ten a megabyte. */
    private static void assertParses(String text) {
        Duration budget = Duration.ofSeconds(2 + 10L * text.length() / ONE_MEGABYTE);
        ParsedReport report = assertTimeoutPreemptively(budget, () -> PARSER.parse(text));
        assertThat(report.normalisedText()).isNotNull();
        assertThat(report.sections()).allSatisfy(s -> assertThat(s.span().end()).isLessThanOrEqualTo(report.normalisedText().length()));
    }
}
