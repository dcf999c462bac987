package org.fazhi.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each indicator of the table, recognised in three ways reports put it; and what it must not take. */
class MetricIndicatorTest {

    @ParameterizedTest(name = "{1} ({2}) → {0}")
    @CsvSource(delimiter = '|', value = {
            "ADMINISTRATIVE_REVIEW_CORRECTION_RATE | 行政复议纠错率为12.5% | %",
            "ADMINISTRATIVE_REVIEW_CORRECTION_RATE | 复议纠错率同比下降3% | %",
            "ADMINISTRATIVE_REVIEW_CORRECTION_RATE | 全年纠错率控制在10%以内 | %",
            "COURT_APPEARANCE_RATE | 行政机关负责人出庭应诉率达100% | %",
            "COURT_APPEARANCE_RATE | 负责人出庭率保持100% | %",
            "COURT_APPEARANCE_RATE | 出庭应诉率较上年提高15% | %",
            "LEGAL_ADVISER_COVERAGE | 法律顾问覆盖率达100% | %",
            "LEGAL_ADVISER_COVERAGE | 村（社区）法律顾问配备率100% | %",
            "LEGAL_ADVISER_COVERAGE | 实现法律顾问全覆盖，覆盖率98% | %",
            "RESOLUTION_RATE | 合理诉求解决率达到99% | %",
            "RESOLUTION_RATE | 按期办结率100% | %",
            "RESOLUTION_RATE | 矛盾纠纷化解率达98.6% | %",
            "SATISFACTION_RATE | 群众满意率达97%以上 | %",
            "SATISFACTION_RATE | 满意度99.96% | %",
            "SATISFACTION_RATE | 及时回复率及满意率达100% | %",
            "ADMINISTRATIVE_REVIEW_CASES | 全年受理行政复议案件56件 | 件",
            "ADMINISTRATIVE_REVIEW_CASES | 办结复议案件31件 | 件",
            "ADMINISTRATIVE_REVIEW_CASES | 新收行政复议申请12起 | 起",
            "ADMINISTRATIVE_LITIGATION_CASES | 办理行政诉讼案件23件 | 件",
            "ADMINISTRATIVE_LITIGATION_CASES | 行政应诉案件14起 | 起",
            "ADMINISTRATIVE_LITIGATION_CASES | 全年应诉案件8件 | 件",
            "LEGAL_AID_CASES | 受理法律援助案件120件 | 件",
            "LEGAL_AID_CASES | 办结法律援助事项45起 | 起",
            "LEGAL_AID_CASES | 提供法律援助326件 | 件",
            "MEDIATION_CASES | 调解矛盾纠纷1200余件 | 件",
            "MEDIATION_CASES | 人民调解组织成功调解纠纷86起 | 起",
            "MEDIATION_CASES | 诉前调解案件300件 | 件",
            "DISCLOSURE_REQUESTS | 办理依申请公开事项15件 | 件",
            "DISCLOSURE_REQUESTS | 收到政府信息公开申请9件 | 件",
            "DISCLOSURE_REQUESTS | 依申请公开答复12条 | 条",
            "INFORMATION_DISCLOSED | 全年主动公开政府信息共5条 | 条",
            "INFORMATION_DISCLOSED | 通过政府网站主动公开政府信息10369余条 | 条",
            "INFORMATION_DISCLOSED | 主动公开政策文件29件 | 件",
            "CITIZEN_REQUESTS | 全区共受理诉求98831件 | 件",
            "CITIZEN_REQUESTS | 今年共办理市民热线14条 | 条",
            "CITIZEN_REQUESTS | 办理信访事项210件 | 件",
            "NORMATIVE_DOCUMENT_REVIEWS | 审查规范性文件1件 | 件",
            "NORMATIVE_DOCUMENT_REVIEWS | 清理规范性文件36份 | 份",
            "NORMATIVE_DOCUMENT_REVIEWS | 报备规范性文件7件 | 件",
            "LEGALITY_REVIEWS | 开展合法性审查52件 | 件",
            "LEGALITY_REVIEWS | 对重大行政决策进行合法性审核3次 | 次",
            "LEGALITY_REVIEWS | 审查合同等合法性审查事项18份 | 份",
            "ENFORCEMENT_CASES | 办理行政处罚案件320件 | 件",
            "ENFORCEMENT_CASES | 查处执法案件45起 | 起",
            "ENFORCEMENT_CASES | 作出处罚案件决定12宗 | 宗",
            "ENFORCEMENT_INSPECTIONS | 开展执法检查8次 | 次",
            "ENFORCEMENT_INSPECTIONS | 开展“双随机、一公开”抽查企业120家 | 家",
            "ENFORCEMENT_INSPECTIONS | 组织专项检查15次 | 次",
            "ADMINISTRATIVE_LICENSES | 全年作出许可决定24778件 | 件",
            "ADMINISTRATIVE_LICENSES | 办理行政许可事项530件 | 件",
            "ADMINISTRATIVE_LICENSES | 审批许可申请88件 | 件",
            "LEGAL_PUBLICITY_ACTIVITIES | 全年开展普法活动30余场 | 场",
            "LEGAL_PUBLICITY_ACTIVITIES | 全年开展法律进企业活动10余次 | 次",
            "LEGAL_PUBLICITY_ACTIVITIES | 举办法治宣传讲座6期 | 期",
            "LEGAL_PUBLICITY_MATERIALS | 发放《安全生产宣传教育手册》230余册 | 册",
            "LEGAL_PUBLICITY_MATERIALS | 发放普法资料5000余份 | 份",
            "LEGAL_PUBLICITY_MATERIALS | 印制宣传资料3000份 | 份",
            "LAW_STUDY_SESSIONS | 召开常务会议学法4次 | 次",
            "LAW_STUDY_SESSIONS | 依托理论学习中心组开展法治学习2次 | 次",
            "LAW_STUDY_SESSIONS | 全年开展集体学习12次 | 次",
            "LEADERS_REPORTING_ON_LAW | 4名班子成员进行了年终述法 | 名",
            "LEADERS_REPORTING_ON_LAW | 组织12人现场述法 | 人",
            "LEADERS_REPORTING_ON_LAW | 开展述法评议2次 | 次",
            "TRAINING | 组织执法人员培训10余次 | 次",
            "TRAINING | 举办专题培训班3期 | 期",
            "TRAINING | 累计培训执法人员860人次 | 人次"})
    void shouldRecogniseTheIndicator(MetricIndicator expected, String about, String unit) {
        assertThat(MetricIndicator.of(about, unit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}) → none")
    @CsvSource(delimiter = '|', value = {
            "开展一致性检查2次 | 次",
            "整改问题17条 | 条",
            "筹集善款30余万元 | 万元",
            "实现了申报材料压减38% | %",
            "全年受理行政复议案件56件 | %"})
    void shouldKnowNoIndicatorForOtherWordsOrUnits(String about, String unit) {
        assertThat(MetricIndicator.of(about, unit)).isNull();
    }
}
