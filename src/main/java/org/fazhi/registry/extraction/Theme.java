package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/**
 * The areas of 《法治政府建设实施纲要（2021－2025年）》 a report's items are assessed against: the outline's
 * guiding thought, its work areas, its closing part on leadership, and 普法.
 */
@Description("An area of 《法治政府建设实施纲要（2021－2025年）》 that report text can concern.")
public enum Theme {
    @Description("深入学习贯彻习近平法治思想.")
    RULE_OF_LAW_THOUGHT,
    @Description("健全政府机构职能体系.")
    GOVERNMENT_FUNCTIONS,
    @Description("健全依法行政制度体系: 立法, 规章, 规范性文件.")
    RULE_MAKING,
    @Description("健全行政决策制度体系.")
    DECISION_MAKING,
    @Description("健全行政执法工作体系.")
    LAW_ENFORCEMENT,
    @Description("健全突发事件应对体系.")
    EMERGENCY_RESPONSE,
    @Description("健全社会矛盾纠纷行政预防调处化解体系: 复议, 应诉, 调解, 信访.")
    DISPUTE_RESOLUTION,
    @Description("健全行政权力制约和监督体系: 政务公开, 督察, 审计.")
    POWER_SUPERVISION,
    @Description("健全法治政府建设科技保障体系: 数字法治政府.")
    DIGITAL_GOVERNMENT,
    @Description("加强党的领导，完善法治政府建设推进机制: 组织保障, 第一责任人, 考核.")
    LEADERSHIP,
    @Description("普法: 法治宣传教育.")
    LEGAL_PUBLICITY
}
