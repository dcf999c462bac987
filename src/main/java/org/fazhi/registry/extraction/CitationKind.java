package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/** What a 《…》 title cited in a report is. */
@Description("What kind of work a 《…》 citation names.")
public enum CitationKind {
    @Description("法律, e.g. 《中华人民共和国行政复议法》, 《民法典》.")
    LAW,
    @Description("行政法规 and other national 条例 / 规定 / 办法, e.g. 《政府信息公开条例》.")
    ADMINISTRATIVE_REGULATION,
    @Description("地方性法规 and rules named for a place, e.g. 《山西省安全生产条例》.")
    LOCAL_REGULATION,
    @Description("党内法规, e.g. 《中国共产党纪律处分条例》, 《党章》.")
    PARTY_REGULATION,
    @Description("规范性文件 and plans: 意见, 通知, 方案, 计划, 规划, 制度 ….")
    POLICY_DOCUMENT,
    @Description("Anything else: films, handbooks, compilations.")
    OTHER
}
