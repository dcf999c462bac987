package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/** Checks against 《法治政府建设与责任落实督察工作规定》 (2019). */
@Description("A rule of 《法治政府建设与责任落实督察工作规定》 (2019) a report is checked against.")
public enum ComplianceRule {
    @Description("Art. 25: no section on the main measures and results of the year.")
    MISSING_MEASURES_AND_RESULTS,
    @Description("Art. 25: no section on shortcomings and their causes.")
    MISSING_PROBLEMS,
    @Description("Art. 25: no section on how the principal leaders fulfilled their first-responsibility duties.")
    MISSING_LEADER_RESPONSIBILITY,
    @Description("Art. 25: no section on next year's arrangements.")
    MISSING_NEXT_YEAR_PLAN,
    @Description("Art. 24: published after 1 April of the year after the report year.")
    LATE_PUBLICATION,
    @Description("A heading names a year that contradicts the report year.")
    YEAR_MISMATCH
}
