package org.fazhi.registry.supervision;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a body stands with the report it owes for a year.")
public enum ReportingStatus {
    @Description("Its current report was published before the deadline.")
    PUBLISHED_ON_TIME,
    @Description("Its current report was published on or after the deadline.")
    PUBLISHED_LATE,
    @Description("Its current report is in the registry but nobody knows when it was published; never counted as on time.")
    SUBMITTED_NO_PUBLICATION_DATE,
    @Description("The registry holds no current report of the body for the year.")
    MISSING
}
