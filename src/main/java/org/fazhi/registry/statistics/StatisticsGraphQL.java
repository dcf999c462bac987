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
import org.fazhi.registry.graphql.Conditions;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.report.ReportConditions;
import org.fazhi.registry.report.ReportFilter;

/** Statistics for dashboards: one object per request, each field one SQL aggregate. */
@GraphQLApi
public class StatisticsGraphQL {

    @Inject
    StatisticsQuery query;

    @Query("statistics")
    @Description("Aggregates over the reports the filter selects (current reports unless a state is asked for) and what was read from them.")
    public @NonNull Statistics statistics(
            @Name("filter") @Description("Which reports to aggregate over.") ReportFilter filter) throws InvalidArgumentException {
        Conditions reports = ReportConditions.of(filter);
        return new Statistics(reports, query.reportCount(reports));
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

    @Description("The sums of the quantities the reports state, by unit and year.")
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
