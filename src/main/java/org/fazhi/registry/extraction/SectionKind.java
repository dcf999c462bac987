package org.fazhi.registry.extraction;

/**
 * The parts of an annual report named by 《法治政府建设与责任落实督察工作规定》 Art. 25, decided from a
 * heading's words.
 */
public enum SectionKind {
    /** Text before the first numbered heading: title, metadata, guiding thought, summary. */
    PREAMBLE,
    /** 主要举措和成效 · 工作情况 · 工作成效. */
    MEASURES_AND_RESULTS,
    /** 党政主要负责人履行推进法治建设第一责任人职责情况. */
    LEADER_RESPONSIBILITY,
    /** 上一年度工作计划 / 重点任务落实情况. */
    PLAN_PROGRESS,
    /** 存在的问题和不足 · 存在不足和原因. */
    PROBLEMS,
    /** 下一年度 / 下一步 工作安排 · 谋划 · 打算. */
    NEXT_YEAR_PLAN,
    /** 其他需要报告的情况 (optional). */
    OTHERS_TO_REPORT,
    OTHER
}
