package org.fazhi.registry.statistics;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.extraction.CitationKind;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.report.ReportConditions;
import org.fazhi.registry.report.ReportFilter;
import org.fazhi.registry.supervision.ReportingStatusQuery;

/** Statistics for dashboards: one object per request, each field one SQL aggregate. */
@GraphQLApi
public class StatisticsGraphQL {

    @Inject
    StatisticsQuery query;

    @Inject
    GroupedStatisticsQuery grouped;

    @Query("statistics")
    @Description("Aggregates over the reports the filter selects (current reports unless a state is asked for) and what was read from them; `groups` compares regions, kinds of body and years.")
    public @NonNull Statistics statistics(
            @Name("filter") @Description("Which reports to aggregate over.") ReportFilter filter,
            @Name("groupBy") @Description("How to split the selection into `groups`, e.g. [DIVISION_LEVEL_3, REPORT_YEAR]; one group of everything when omitted.") List<StatisticsGrouping> groupBy)
            throws InvalidArgumentException {
        Conditions reports = ReportConditions.of(filter);
        List<StatisticsGrouping> groupings = groupBy == null ? List.of()
                : groupBy.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return new Statistics(reports, new GroupedSelection(reports, ReportingStatusQuery.obligations(filter), groupings),
                query.reportCount(reports));
    }

    @Description("The selection split by `groupBy`, in key order: a group for each key that has reports or obligations. Each measure of the groups is one SQL aggregate, whatever their number.")
    public @NonNull List<@NonNull StatisticsGroup> groups(@Source Statistics statistics) {
        return grouped.groups(statistics.selection());
    }

    @Description("Reports by the year they cover, earliest first.")
    public @NonNull List<@NonNull YearCount> reportsByYear(@Source Statistics statistics) {
        return query.reportsByYear(statistics.reports());
    }

    @Description("Reports by the kind of organisation that issued them, most first.")
    public @NonNull List<@NonNull OrganisationKindCount> reportsByOrganisationKind(@Source Statistics statistics) {
        return query.reportsByOrganisationKind(statistics.reports());
    }

    @Description("The reports' commitments by status.")
    public @NonNull List<@NonNull CommitmentStatusCount> commitmentsByStatus(@Source Statistics statistics) {
        return query.commitmentsByStatus(statistics.reports());
    }

    @Description("The reports' commitments by the year they are to be carried out in, earliest first.")
    public @NonNull List<@NonNull YearCount> commitmentsByTargetYear(@Source Statistics statistics) {
        return query.commitmentsByTargetYear(statistics.reports());
    }

    @Description("The shortcomings admitted most often, by normalised title; only those admitted at least twice.")
    public @NonNull List<@NonNull RepeatedProblem> repeatedProblems(@Source Statistics statistics,
            @Name("first") @DefaultValue("10") @Description("How many to return, at most 100.") int first)
            throws InvalidArgumentException {
        return query.repeatedProblems(statistics.reports(), limit(first));
    }

    @Description("The laws and documents cited by most reports.")
    public @NonNull List<@NonNull CitedLaw> mostCitedLaws(@Source Statistics statistics,
            @Name("kind") @Description("Only documents of this kind, e.g. LAW; all kinds when omitted.") CitationKind kind,
            @Name("first") @DefaultValue("10") @Description("How many to return, at most 100.") int first)
            throws InvalidArgumentException {
        return query.mostCitedLaws(statistics.reports(), kind, limit(first));
    }

    @Description("The quantities the reports state, by unit and year: counts and amounts summed, percentages described but never summed.")
    public @NonNull List<@NonNull MetricTotal> metricTotals(@Source Statistics statistics) {
        return query.metricTotals(statistics.reports());
    }

    @Description("The reports' compliance findings by rule, most first.")
    public @NonNull List<@NonNull ComplianceRuleCount> findingsByRule(@Source Statistics statistics) {
        return query.findingsByRule(statistics.reports());
    }

    private static int limit(int first) throws InvalidArgumentException {
        return PageRequest.of(first, null).first();
    }
}
