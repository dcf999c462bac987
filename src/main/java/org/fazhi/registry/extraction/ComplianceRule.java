package org.fazhi.registry.extraction;

/** Checks against 《法治政府建设与责任落实督察工作规定》 (2019). */
public enum ComplianceRule {
    /** Art. 25: no section on the main measures and results of the year. */
    MISSING_MEASURES_AND_RESULTS,
    /** Art. 25: no section on shortcomings and their causes. */
    MISSING_PROBLEMS,
    /** Art. 25: no section on how the principal leaders fulfilled their first-responsibility duties. */
    MISSING_LEADER_RESPONSIBILITY,
    /** Art. 25: no section on next year's arrangements. */
    MISSING_NEXT_YEAR_PLAN,
    /** Art. 24: published after 1 April of the year after the report year. */
    LATE_PUBLICATION,
    /** A heading names a year that contradicts the report year. */
    YEAR_MISMATCH
}
