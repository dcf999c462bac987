package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher's vocabulary: equivalent wordings made one term, stock phrases made breaks. */
class MatchingTextTest {

    @Test
    void shouldWriteEveryEquivalentWordingAsItsCanonicalTerm() {
        for (List<String> row : MatchingText.EQUIVALENCES) {
            row.forEach(variant -> assertThat(MatchingText.of(variant)).as(variant).isEqualTo(row.get(0)));
        }
    }

    @Test
    void shouldMatchTheEquivalentWordingsOfRealReports() {
        assertThat(matched("加大普法力度。", "开展法治宣传活动12场，发放法制宣传资料3000份。")).contains("普法");
        assertThat(matched("重大执法决定法制审核全覆盖。", "重大执法决定作出前均经合法性审查。"))
                .containsExactly("重大执法决定合法性审查");
        assertThat(matched("深化执法体制改革。", "整合执法队伍，综合执法改革全面完成。")).containsExactly("执法队伍改革");
        assertThat(matched("推动执法重心下移。", "执法力量80%下沉到镇街。")).contains("下沉");
        assertThat(matched("严厉打击制售假冒伪劣商品行为。", "查处假劣商品案件12件。")).contains("打假商品");
    }

    @Test
    void shouldDropQuotationMarks() {
        assertThat(MatchingText.of("完善行政执法“三张清单”")).isEqualTo("|行政执法三张清单");
        assertThat(MatchingText.of("贯彻《行政处罚法》")).isEqualTo("贯彻行政处罚法");
        assertThat(MatchingText.of("推行‘首违不罚’")).isEqualTo("推行免罚");
    }

    @Test
    void shouldTakeTheLongestWordingFirst() {
        assertThat(MatchingText.of("开展法治宣传教育")).isEqualTo("|普法");
        assertThat(MatchingText.of("落实“谁执法谁普法”")).isEqualTo("|普法责任制");
        assertThat(MatchingText.of("法制审核")).isEqualTo("合法性审查");
    }

    @Test
    void shouldLeaveNothingOfAPlanMadeOnlyOfStockPhrases() {
        for (String boilerplate : List.of("深入学习贯彻习近平法治思想，进一步提高依法行政水平。",
                "坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设。",
                "切实增强法治意识，营造尊法学法守法用法的浓厚氛围。",
                "坚持以人民为中心，强化责任担当，推进治理体系和治理能力现代化。",
                "深入学习宣传贯彻党的二十届三中全会精神，推动决策部署落地落实。")) {
            assertThat(WordBigrams.INSTANCE.tokens(MatchingText.of(boilerplate))).as(boilerplate).isEmpty();
        }
    }

    @Test
    void shouldKeepTheDistinctiveWordsAroundStockPhrases() {
        assertThat(MatchingText.of("进一步加强行政复议听证室建设")).isEqualTo("|行政复议听证室建设");
        assertThat(MatchingText.of("全面推行行政执法公示")).isEqualTo("|推行行政执法公示");
    }

    private static List<String> matched(String commitment, String item) {
        return FollowUpMatcher.over(List.of(item)).score(null, commitment, 0).matchedTerms();
    }
}
