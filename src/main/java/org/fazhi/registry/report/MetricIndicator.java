package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/**
 * Known indicators a report's quantities stand for, so that a body's years and different bodies line up:
 * a quantity is the indicator of the first row whose unit it has and one of whose words its clause
 * contains. Specific rows come first (纠错率 before 行政复议, 依申请公开 before 主动公开). The table is
 * documented in docs/supervision.md.
 */
@Description("A known indicator a report's quantity stands for, read from its clause and unit.")
public enum MetricIndicator {
    @Description("行政复议纠错率: the share of reviewed decisions corrected (%).")
    ADMINISTRATIVE_REVIEW_CORRECTION_RATE(List.of("%"), List.of("纠错率")),
    @Description("行政机关负责人出庭应诉率: the share of lawsuits where the head appeared in court (%).")
    COURT_APPEARANCE_RATE(List.of("%"), List.of("出庭应诉率", "出庭率")),
    @Description("法律顾问覆盖率: the share of bodies with a legal adviser (%).")
    LEGAL_ADVISER_COVERAGE(List.of("%"), List.of("法律顾问")),
    @Description("诉求解决率、办结率、化解率: the share of requests or disputes resolved (%).")
    RESOLUTION_RATE(List.of("%"), List.of("解决率", "办结率", "化解率")),
    @Description("群众满意率: the share of citizens satisfied (%).")
    SATISFACTION_RATE(List.of("%"), List.of("满意率", "满意度")),
    @Description("行政复议案件: administrative review cases received or decided.")
    ADMINISTRATIVE_REVIEW_CASES(List.of("件", "起", "宗"), List.of("行政复议", "复议案件")),
    @Description("行政诉讼案件: administrative lawsuits the body answered.")
    ADMINISTRATIVE_LITIGATION_CASES(List.of("件", "起", "宗"), List.of("行政诉讼", "行政应诉", "应诉案件")),
    @Description("法律援助案件: legal aid cases.")
    LEGAL_AID_CASES(List.of("件", "起"), List.of("法律援助")),
    @Description("矛盾纠纷调解: disputes mediated.")
    MEDIATION_CASES(List.of("件", "起"), List.of("调解")),
    @Description("依申请公开: requests for government information answered.")
    DISCLOSURE_REQUESTS(List.of("件", "条"), List.of("依申请公开", "信息公开申请")),
    @Description("主动公开政府信息: items of government information published on the body's own initiative.")
    INFORMATION_DISCLOSED(List.of("条", "件"), List.of("主动公开")),
    @Description("群众诉求、热线、信访: citizens' requests, hotline calls and petitions handled.")
    CITIZEN_REQUESTS(List.of("件", "条"), List.of("诉求", "热线", "12345", "信访")),
    @Description("规范性文件: normative documents reviewed, filed or cleaned up.")
    NORMATIVE_DOCUMENT_REVIEWS(List.of("件", "份"), List.of("规范性文件")),
    @Description("合法性审查: legality reviews of decisions, contracts and documents.")
    LEGALITY_REVIEWS(List.of("件", "份", "次"), List.of("合法性审查", "合法性审核")),
    @Description("行政处罚、执法案件: enforcement cases handled.")
    ENFORCEMENT_CASES(List.of("件", "起", "宗"), List.of("行政处罚", "处罚案件", "执法案件")),
    @Description("执法检查: enforcement and supervision inspections.")
    ENFORCEMENT_INSPECTIONS(List.of("次", "家", "户"), List.of("执法检查", "监督检查", "专项检查", "双随机")),
    @Description("行政许可: licensing decisions.")
    ADMINISTRATIVE_LICENSES(List.of("件"), List.of("许可")),
    @Description("普法活动: legal publicity events held.")
    LEGAL_PUBLICITY_ACTIVITIES(List.of("场", "次", "期"), List.of("普法", "法治宣传", "法律进", "送法")),
    @Description("普法资料: legal publicity materials handed out.")
    LEGAL_PUBLICITY_MATERIALS(List.of("册", "份"), List.of("发放", "宣传资料")),
    @Description("学法: study sessions on law of leaders and staff (会前学法, 集体学法).")
    LAW_STUDY_SESSIONS(List.of("次", "场"), List.of("学法", "法治学习", "法治专题学习", "集体学习")),
    @Description("述法: leaders reporting on their rule-of-law duties.")
    LEADERS_REPORTING_ON_LAW(List.of("名", "人", "次"), List.of("述法")),
    @Description("执法培训: training of enforcement staff and officials.")
    TRAINING(List.of("次", "场", "期", "人次"), List.of("培训"));

    private final List<String> units;
    private final List<String> words;

    MetricIndicator(List<String> units, List<String> words) {
        this.units = units;
        this.words = words;
    }

    /** The indicator a quantity of {@code unit} in the clause {@code about} stands for; null when none is known. */
    public static MetricIndicator of(String about, String unit) {
        for (MetricIndicator indicator : values()) {
            if (indicator.units.contains(unit) && indicator.words.stream().anyMatch(about::contains)) {
                return indicator;
            }
        }
        return null;
    }
}
