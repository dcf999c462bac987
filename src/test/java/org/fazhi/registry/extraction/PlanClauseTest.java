package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A clause of a plan read as an action on an object: what a promised thing is. */
class PlanClauseTest {

    /** clause (in matching text) | the head: the thing a deliverable verb promises. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            建立公职律师库                     | 库
            修订行政执法全过程记录实施办法     | 办法
            为每个镇街建设一个矛盾纠纷调解中心 | 中心
            在县城建成法治文化长廊一条         | 长廊
            组建企业法律服务团                 | 团
            """)
    void shouldFindTheThingADeliverableVerbPromises(String text, String head) {
        PlanClause clause = clause(text);

        assertThat(clause.head()).isNotNegative();
        assertThat(clause.units().get(clause.head()).text()).isEqualTo(head);
    }

    /** A clause of an activity, shown by its results, promises no thing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            农资打假专项行动
            整合执法队伍
            旁听庭审
            建立
            """)
    void shouldFindNoThingInAnActivity(String text) {
        assertThat(clause(text).head()).isEqualTo(-1);
    }

    /** clause (in matching text) | what it acts on: the thing promised, or the last word neither verb nor generic. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            校园欺凌专项整治         | 欺凌
            走访企业                 | 企业
            打击非法采砂专项行动     | 采砂
            建立公职律师库           | 库
            """)
    void shouldFindWhatAClauseActsOn(String text, String object) {
        PlanClause clause = clause(text);

        assertThat(clause.units().get(clause.object()).text()).isEqualTo(object);
    }

    /** clause (in matching text) | whether it names an action of its own rather than a stance or an aim. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            整合执法队伍             | true
            推行柔性执法             | true
            为乡镇配备执法车辆       | true
            牢固树立生态优先理念     | false
            围绕中心                 | false
            秉持总体国家安全观       | false
            """)
    void shouldTellAnActionFromAStance(String text, boolean action) {
        assertThat(clause(text).namesAction()).isEqualTo(action);
    }

    /** word | whether it may qualify the words after it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            行政执法 | true
            防汛     | true
            建立     | false
            依法     | false
            管理     | false
            库       | false
            """)
    void shouldTellQualifiersFromVerbsAndMannerWords(String word, boolean qualifier) {
        assertThat(PlanClause.isQualifier(new Unit(word, 0, word.length(), List.of()))).isEqualTo(qualifier);
    }

    private static PlanClause clause(String text) {
        List<Token> words = ChineseWords.of(text);
        return PlanClause.of(text, words, WordBigrams.INSTANCE.tokens(text, words), TermRarity.standard());
    }
}
