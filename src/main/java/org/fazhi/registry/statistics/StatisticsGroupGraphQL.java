package org.fazhi.registry.statistics;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.BatchArgumentException;
import org.fazhi.registry.graphql.UniformArguments;

/** The measures of statistics groups, each one SQL aggregate for all groups of a selection. */
@GraphQLApi
public class StatisticsGroupGraphQL {

    @Inject
    GroupedStatisticsQuery query;

    @Inject
    Context context;

    @Description("The group's compliance findings by rule, most first.")
    public List<@NonNull List<@NonNull ComplianceRuleCount>> findingsByRule(@Source List<StatisticsGroup> groups) {
        return perGroup(groups, query::findingsByRule);
    }

    @Description("The group's commitments by status.")
    public List<@NonNull List<@NonNull CommitmentStatusCount>> commitmentsByStatus(@Source List<StatisticsGroup> groups) {
        return perGroup(groups, query::commitmentsByStatus);
    }

    @Description("The laws and documents cited by most of the group's reports.")
    public List<@NonNull List<@NonNull CitedLaw>> mostCitedLaws(@Source List<StatisticsGroup> groups,
            @Name("first") @DefaultValue("10") @Description("How many a group, at most 100.") int first) {
        UniformArguments.require(context);
        int limit = BatchArgumentException.page(first, null).first();
        return perGroup(groups, s -> query.mostCitedLaws(s, limit));
    }

    @Description("The shortcomings the group's reports admit at least twice, most often first.")
    public List<@NonNull List<@NonNull RepeatedProblem>> repeatedProblems(@Source List<StatisticsGroup> groups,
            @Name("first") @DefaultValue("10") @Description("How many a group, at most 100.") int first) {
        UniformArguments.require(context);
        int limit = BatchArgumentException.page(first, null).first();
        return perGroup(groups, s -> query.repeatedProblems(s, limit));
    }

    @Description("The quantities of the group's reports by indicator and unit: counts and amounts summed, percentages described by count, mean, minimum and maximum but never summed.")
    public List<@NonNull List<@NonNull MetricSummary>> metrics(@Source List<StatisticsGroup> groups) {
        return perGroup(groups, query::metrics);
    }

    /** One query per selection (a request asking for statistics twice has two), its rows handed to the groups. */
    private static <V> List<List<V>> perGroup(List<StatisticsGroup> groups,
            Function<GroupedSelection, Map<GroupKey, List<V>>> measure) {
        Map<GroupedSelection, Map<GroupKey, List<V>>> bySelection = new IdentityHashMap<>();
        return groups.stream().map(g -> bySelection.computeIfAbsent(g.selection(), measure)
                .getOrDefault(g.groupKey(), List.of())).toList();
    }
}
