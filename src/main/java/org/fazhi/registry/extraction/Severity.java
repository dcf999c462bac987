package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/** How serious a compliance finding is. */
@Description("How serious a compliance finding is.")
public enum Severity {
    @Description("The report breaks a rule of the regulation.")
    VIOLATION,
    @Description("Something a reviewer should look at.")
    WARNING
}
