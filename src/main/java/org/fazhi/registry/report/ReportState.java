package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a report stands among the texts submitted for the same organisation and year.")
public enum ReportState {
    @Description("The report in force for its organisation and year.")
    CURRENT,
    @Description("Replaced by a later text for the same organisation and year; kept for the record.")
    SUPERSEDED,
    @Description("Withdrawn by an editor; kept for the record.")
    WITHDRAWN
}
