package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.supervision.ReportingSummary;

@Description("The statistics of one group: the reports, obligations and what was read from the reports of bodies sharing a key. Each list field is one SQL aggregate for all groups of the response.")
public record StatisticsGroup(
        @Ignore GroupedSelection selection,
        @Ignore GroupKey groupKey,
        @NonNull @Description("What the group's bodies and reports share.") StatisticsGroupKey key,
        @NonNull @Description("How many of the selected reports the group holds.") int reportCount,
        @NonNull @Description("How the group's bodies obliged to report stand (see `reportingStatus`): obligations of the filter's years, organisation, kind and division.") ReportingSummary obligations) {
}
