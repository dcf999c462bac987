package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Theme rules on fragments of the sample reports. */
class ThemeTaggerTest {

    private final ThemeTagger tagger = new ThemeTagger();

    @Test
    void legalPublicityCommitmentIsTaggedLegalPublicity() {
        assertThat(tagger.tag("全面加强法治宣传力度。开展形式多样、内容丰富的法治宣传教育")).contains(Theme.LEGAL_PUBLICITY);
        assertThat(tagger.tag("进一步加强普法教育")).containsExactly(Theme.LEGAL_PUBLICITY);
    }

    @Test
    void decisionProcedureIsDecisionMaking() {
        assertThat(tagger.tag("进一步规范行政决策程序。一是完善重大行政决策程序制度，加强决策前的调研论证和风险评估"))
                .contains(Theme.DECISION_MAKING);
    }

    @Test
    void licensingAndBusinessEnvironmentAreGovernmentFunctions() {
        assertThat(tagger.tag("深化行政许可事项清单管理")).containsExactly(Theme.GOVERNMENT_FUNCTIONS);
        assertThat(tagger.tag("持续优化营商环境")).containsExactly(Theme.GOVERNMENT_FUNCTIONS);
    }

    @Test
    void disclosureIsPowerSupervision() {
        assertThat(tagger.tag("扎实做好信息公开工作，主动接受社会公众监督")).containsExactly(Theme.POWER_SUPERVISION);
    }

    @Test
    void normativeDocumentsAreRuleMaking() {
        assertThat(tagger.tag("严格执行规范性文件制定和备案工作")).contains(Theme.RULE_MAKING);
    }

    @Test
    void leadershipAndAssessmentAreLeadership() {
        assertThat(tagger.tag("健全法治政府建设考核评价激励机制")).containsExactly(Theme.LEADERSHIP);
        assertThat(tagger.tag("加强组织领导，完善法治政府建设推进机制")).contains(Theme.LEADERSHIP);
    }

    @Test
    void studyOfTheThoughtIsRuleOfLawThought() {
        assertThat(tagger.tag("坚持法治思想引领。坚持以习近平法治思想为指导")).contains(Theme.RULE_OF_LAW_THOUGHT);
    }

    @Test
    void enforcementDisputesEmergenciesAndDigitalAreTagged() {
        assertThat(tagger.tag("行政执法人员的法律素养有待提高")).containsExactly(Theme.LAW_ENFORCEMENT);
        assertThat(tagger.tag("提升矛盾化解能力，协调处理各类矛盾纠纷")).containsExactly(Theme.DISPUTE_RESOLUTION);
        assertThat(tagger.tag("修订应急预案")).containsExactly(Theme.EMERGENCY_RESPONSE);
        assertThat(tagger.tag("运用信息化、网络化的新模式")).containsExactly(Theme.DIGITAL_GOVERNMENT);
    }

    @Test
    void unrelatedTextHasNoTheme() {
        assertThat(tagger.tag("取得了显著成效")).isEmpty();
        assertThat(tagger.tag(null)).isEmpty();
    }
}
