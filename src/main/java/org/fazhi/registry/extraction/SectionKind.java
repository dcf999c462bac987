package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/**
 * The parts of an annual report named by 《法治政府建设与责任落实督察工作规定》 Art. 25, decided from a
 * heading's words.
 */
@Description("Which required part of an annual report a section is, decided from its heading's words.")
public enum SectionKind {
    @Description("Text before the first numbered heading: title, metadata, guiding thought, summary.")
    PREAMBLE,
    @Description("The year's main measures and results (主要举措和成效 · 工作情况 · 工作成效).")
    MEASURES_AND_RESULTS,
    @Description("How the principal leaders fulfilled their duty as first responsible person (党政主要负责人履行推进法治建设第一责任人职责情况).")
    LEADER_RESPONSIBILITY,
    @Description("Follow-up of the previous year's plan (上一年度工作计划 / 重点任务落实情况).")
    PLAN_PROGRESS,
    @Description("Shortcomings and their causes (存在的问题和不足 · 存在不足和原因).")
    PROBLEMS,
    @Description("The arrangements for the coming year (下一年度 / 下一步 工作安排 · 谋划 · 打算).")
    NEXT_YEAR_PLAN,
    @Description("Other matters to report (其他需要报告的情况), optional.")
    OTHERS_TO_REPORT,
    @Description("A heading that names none of the parts above.")
    OTHER
}
