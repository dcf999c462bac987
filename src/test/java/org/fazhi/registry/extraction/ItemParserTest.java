package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How items are read from a section body (already normalised text). */
class ItemParserTest {

    private final ItemParser parser = new ItemParser();

    private List<ParsedItem> parse(String body, SectionKind kind) {
        return parser.parse(body, new Span(0, body.length()), kind);
    }

    @Test
    void inlineOrdinalPhrasesAfterALeadAreItems() {
        List<ParsedItem> items = parse("回顾全年，主要表现在：一是学用结合不够；二是统筹能力有待提高。", SectionKind.PROBLEMS);
        assertThat(items).extracting(ParsedItem::marker, ParsedItem::title, ParsedItem::text).containsExactly(
                tuple("一是", "学用结合不够", "学用结合不够；"), tuple("二是", "统筹能力有待提高", "统筹能力有待提高。"));
    }

    @Test
    void ordinalPhraseInsideAWordIsNoMarker() {
        assertThat(parse("（一）坚持统一是基础。", SectionKind.MEASURES_AND_RESULTS).get(0).children()).isEmpty();
    }

    @Test
    void markersOutOfSequenceDoNotCount() {
        List<ParsedItem> items = parse("（一）甲。\n（三）乙。\n（二）丙。", SectionKind.NEXT_YEAR_PLAN);
        assertThat(items).extracting(ParsedItem::marker).containsExactly("(一)", "(二)");
        assertThat(items.get(0).text()).isEqualTo("甲。\n（三）乙。");
    }

    @Test
    void circledMarkersNestUnderOrdinalPhrases() {
        List<ParsedItem> items = parse("（一）规范决策。一是执行程序：严格落实。二是构建制度：①学习法规。②制定规范。三是强化监督。",
                SectionKind.MEASURES_AND_RESULTS);
        ParsedItem second = items.get(0).children().get(1);
        assertThat(items.get(0).children()).hasSize(3);
        assertThat(second.title()).isEqualTo("构建制度");
        assertThat(second.children()).extracting(ParsedItem::marker, ParsedItem::title)
                .containsExactly(tuple("①", "学习法规"), tuple("②", "制定规范"));
    }

    @Test
    void problemParagraphOfShortStatementsGivesOneItemEach() {
        List<ParsedItem> items = parse("理论学习还需要进一步加强。学用结合做得还不够，能力还不够强。创新力度还需要进一步加大。学习载体还不够丰富、形式还不够多样。",
                SectionKind.PROBLEMS);
        assertThat(items).extracting(ParsedItem::marker, ParsedItem::title)
                .containsExactly(tuple(null, "理论学习还需要进一步加强"), tuple(null, "创新力度还需要进一步加大"));
    }

    @Test
    void planParagraphIsOneCommitmentWithoutTitle() {
        List<ParsedItem> items = parse("下一步，经济开发区将继续认真学习贯彻习近平法治思想，着力提升法治政府建设水平。", SectionKind.NEXT_YEAR_PLAN);
        assertThat(items).extracting(ParsedItem::marker, ParsedItem::title).containsExactly(tuple(null, null));
    }

    @Test
    void narrativeParagraphsAreNoItems() {
        assertThat(parse("高新区党组高度重视法治政府建设。", SectionKind.LEADER_RESPONSIBILITY)).isEmpty();
    }
}
