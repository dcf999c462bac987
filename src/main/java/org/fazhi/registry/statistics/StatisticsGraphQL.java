package org.fazhi.registry.statistics;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.cache.DataVersion;
import org.fazhi.registry.cache.DataVersions;
import org.fazhi.registry.extraction.CitationKind;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.report.ReportConditions;
import org.fazhi.registry.report.ReportFilter;
import org.fazhi.registry.supervision.ReportingStatusQuery;

/**
 * Statistics for dashboards: one object per request, each field one SQL aggregate, kept in memory and served again
 * until a change to what it counts commits ({@link StatisticsCache}).
 */
@GraphQLApi
public class StatisticsGraphQL {

    @Inject
    StatisticsQuery query;

    @Inject
    GroupedStatisticsQuery grouped;

    @Inject
    DataVersions versions;

    @Inject
    StatisticsCache cache;

    @Query("statistics")
    @Description("Aggregates over the reports the filter selects (current reports unless a state is asked for) and what was read from them; `groups` compares regions, kinds of body and years.")
    public @NonNull Statistics statistics(
            @Name("filter") @Description("Which reports to aggregate over.") ReportFilter filter,
            @Name("groupBy") @Description("How to split the selection into `groups`, e.g. [DIVISION_LEVEL_3, REPORT_YEAR]; one group of everything when omitted.") List<StatisticsGrouping> groupBy)
            throws InvalidArgumentException {
        Conditions reports = ReportConditions.of(filter);
        List<StatisticsGrouping> groupings = groupBy == null ? List.of()
                : groupBy.stream().filter(java.util.Objects::nonNull).distinct().toList();
        DataVersion version = versions.now();
        GroupedSelection selection = new GroupedSelection(reports, ReportingStatusQuery.obligations(filter), groupings, version);
        return new Statistics(reports, selection, cache.answer(version, StatisticsCache.Key.of("reportCount",
                reports.signature()), () -> query.reportCount(reports)));
    }

    @Description("The selection split by `groupBy`, in key order: a group for each key that has reports or obligations. Each measure of the groups is one SQL aggregate, whatever their number.")
    public @NonNull List<@NonNull StatisticsGroup> groups(@Source Statistics statistics) {
        return cache.answer(statistics.version(), StatisticsCache.Key.of("groups", statistics.selection().signature()),
                () -> grouped.groups(statistics.selection()));
    }

    @Description("Reports by the year they cover, earliest first.")
    public @NonNull List<@NonNull YearCount> reportsByYear(@Source Statistics statistics) {
        return cached(statistics, "reportsByYear", () -> query.reportsByYear(statistics.reports()));
    }

    @Description("Reports by the kind of organisation that issued them, most first.")
    public @NonNull List<@NonNull OrganisationKindCount> reportsByOrganisationKind(@Source Statistics statistics) {
        return cached(statistics, "reportsByOrganisationKind", () -> query.reportsByOrganisationKind(statistics.reports()));
    }

    @Description("The reports' commitments by status.")
    public @NonNull List<@NonNull CommitmentStatusCount> commitmentsByStatus(@Source Statistics statistics) {
        return cached(statistics, "commitmentsByStatus", () -> query.commitmentsByStatus(statistics.reports()));
    }

    @Description("The reports' commitments by the year they are to be carried out in, earliest first.")
    public @NonNull List<@NonNull YearCount> commitmentsByTargetYear(@Source Statistics statistics) {
        return cached(statistics, "commitmentsByTargetYear", () -> query.commitmentsByTargetYear(statistics.reports()));
    }

    @Description("The shortcomings admitted most often, by normalised title; only those admitted at least twice.")
    public @NonNull List<@NonNull RepeatedProblem> repeatedProblems(@Source Statistics statistics,
            @Name("first") @DefaultValue("10") @Description("How many to return, at most 100.") int first)
            throws InvalidArgumentException {
        int limit = limit(first);
        return cached(statistics, "repeatedProblems", () -> query.repeatedProblems(statistics.reports(), limit), limit);
    }

    @Description("The laws and documents cited by most reports.")
    public @NonNull List<@NonNull CitedLaw> mostCitedLaws(@Source Statistics statistics,
            @Name("kind") @Description("Only documents of this kind, e.g. LAW; all kinds when omitted.") CitationKind kind,
            @Name("first") @DefaultValue("10") @Description("How many to return, at most 100.") int first)
            throws InvalidArgumentException {
        int limit = limit(first);
        return cached(statistics, "mostCitedLaws", () -> query.mostCitedLaws(statistics.reports(), kind, limit), kind, limit);
    }

    @Description("The quantities the reports state, by unit and year: counts and amounts summed, percentages described but never summed.")
    public @NonNull List<@NonNull MetricTotal> metricTotals(@Source Statistics statistics) {
        return cached(statistics, "metricTotals", () -> query.metricTotals(statistics.reports()));
    }

    @Description("The reports' compliance findings by rule, most first.")
    public @NonNull List<@NonNull ComplianceRuleCount> findingsByRule(@Source Statistics statistics) {
        return cached(statistics, "findingsByRule", () -> query.findingsByRule(statistics.reports()));
    }

    /** The answer of {@code measure} with {@code arguments} over the selected reports, from memory when it holds. */
    private <T> T cached(Statistics statistics, String measure, Supplier<T> compute, Object... arguments) {
        return cache.answer(statistics.version(), StatisticsCache.Key.of(measure, statistics.reports().signature(),
                Arrays.asList(arguments)), compute);
    }

    private static int limit(int first) throws InvalidArgumentException {
        return PageRequest.of(first, null).first();
    }
}
