package org.fazhi.registry.supervision;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a body is expected to report for a year.")
public enum ObligationSource {
    @Description("An integrator named it in `setReportingObligations`.")
    LIST,
    @Description("The map rule of `deriveReportingObligations` found it: a government of county level or higher, or one of its registered departments.")
    RULE
}
