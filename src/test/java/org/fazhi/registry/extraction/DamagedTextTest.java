package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mirrored and converted pages read as their clean originals: traditional script, question marks where an indent
 * was decoded in the wrong charset, scraped pinyin, spam lines a mirror injects.
 */
class DamagedTextTest {

    private static final ReportParser PARSER = new ReportParser();

    /** A clean text and a damaged copy of it. */
    record Pair(String damage, String clean, String damaged) {
        @Override
        public String toString() {
            return damage;
        }
    }

    static Stream<Pair> pairs() {
        return Stream.of(
                new Pair("traditional region title",
                        "天津市2022年法治政府建设年度报告\n2022年，市政府坚持以习近平法治思想为指导，推进依法行政。\n一、主要举措和成效\n（一）优化营商环境。",
                        "天津市2022年法治政府建設年度報告\n2022年，市政府堅持以習近平法治思想為指導，推進依法行政。\n一、主要舉措和成效\n（一）優化營商環境。"),
                new Pair("traditional preamble subject",
                        "2024年，西城区坚持以习近平法治思想为指导，扎实推进法治政府建设。\n一、依法全面履行政府职能\n（一）深化改革。",
                        "2024年，西城區堅持以習近平法治思想為指導，紮實推進法治政府建設。\n一、依法全面履行政府職能\n（一）深化改革。"),
                new Pair("traditional ministry",
                        "2021年，司法部坚持以习近平法治思想为指导，全面推进法治政府建设。\n一、加强党对法治政府建设的领导\n（一）强化学习。",
                        "2021年，司法部堅持以習近平法治思想為指導，全面推進法治政府建設。\n一、加強黨對法治政府建設的領導\n（一）強化學習。"),
                new Pair("question marks for an indent",
                        "2019年，杭州市各级政府深入学习习近平法治思想，推进法治政府建设。\n一、2019年法治政府建设主要举措\n（一）强化法治保障。",
                        "??2019年，杭州市各级政府深入学习习近平法治思想，推进法治政府建设。\n??一、2019年法治政府建设主要举措\n??（一）强化法治保障。"),
                new Pair("scraped pinyin",
                        "2022年，司法部坚持统筹推进法治政府建设高质量发展。\n一、统筹推进法治政府建设\n（一）强化学习。",
                        "2022年，司法部坚持统(tǒng)筹推进法治政府建设高质量发(fā)展。\n一、统(tǒng)筹推进法治政府建设\n（一）强化学习。"),
                new Pair("spam lines of a mirror",
                        "2022年，宁远县司法局坚持以习近平法治思想为指导，推进依法行政。\n一、主要举措和成效\n（一）强化学习。",
                        "2022年，宁远县司法局坚持以习近平法治思想为指导，推进依法行政。\n公文汇 www.gongwenhui.com\n一、主要举措和成效\n（一）强化学习。"));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void readsTheSameAsTheCleanText(Pair pair) {
        ParsedReport clean = PARSER.parse(pair.clean());
        ParsedReport damaged = PARSER.parse(pair.damaged());

        assertThat(clean.metadata().issuer()).isNotNull();
        assertThat(damaged.metadata().issuer()).isEqualTo(clean.metadata().issuer());
        assertThat(damaged.metadata().reportYear()).isEqualTo(clean.metadata().reportYear());
        assertThat(damaged.metadata().title()).isEqualTo(clean.metadata().title());
        assertThat(kinds(damaged)).isEqualTo(kinds(clean));
    }

    private static List<SectionKind> kinds(ParsedReport report) {
        return report.sections().stream().map(ParsedSection::kind).toList();
    }
}
