package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.ComplianceRule;

@Description("A number of compliance findings of one rule.")
public record ComplianceRuleCount(
        @NonNull @Description("The rule.") ComplianceRule rule,
        @NonNull @Description("How many findings, at most one a report.") int count) {
}
