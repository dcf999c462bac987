package org.fazhi.registry.statistics;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.Arrays;
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

/** The measures of statistics groups, each one SQL aggregate for all groups of a selection, kept like the others. */
@GraphQLApi
public class StatisticsGroupGraphQL {

    @Inject
    GroupedStatisticsQuery query;

    @Inject
    StatisticsCache cache;

    @Inject
    Context context;

    @Description("The group's compliance findings by rule, most first.")
    public List<@NonNull List<@NonNull ComplianceRuleCount>> findingsByRule(@Source List<StatisticsGroup> groups) {
        return perGroup(groups, "findingsByRule", query::findingsByRule);
    }

    @Description("The group's commitments by status.")
    public List<@NonNull List<@NonNull CommitmentStatusCount>> commitmentsByStatus(@Source List<StatisticsGroup> groups) {
        return perGroup(groups, "commitmentsByStatus", query::commitmentsByStatus);
    }

    @Description("The laws and documents cited by most of the group's reports.")
    public List<@NonNull List<@NonNull CitedLaw>> mostCitedLaws(@Source List<StatisticsGroup> groups,
            @Name("first") @DefaultValue("10") @Description("How many a group, at most 100.") int first) {
        UniformArguments.require(context);
        int limit = BatchArgumentException.page(first, null).first();
        return perGroup(groups, "mostCitedLaws", s -> query.mostCitedLaws(s, limit), limit);
    }

    @Description("The shortcomings the group's reports admit at least twice, most often first.")
    public List<@NonNull List<@NonNull RepeatedProblem>> repeatedProblems(@Source List<StatisticsGroup> groups,
            @Name("first") @DefaultValue("10") @Description("How many a group, at most 100.") int first) {
        UniformArguments.require(context);
        int limit = BatchArgumentException.page(first, null).first();
        return perGroup(groups, "repeatedProblems", s -> query.repeatedProblems(s, limit), limit);
    }

    @Description("The quantities of the group's reports by indicator and unit: counts and amounts summed, percentages described by count, mean, minimum and maximum but never summed.")
    public List<@NonNull List<@NonNull MetricSummary>> metrics(@Source List<StatisticsGroup> groups) {
        return perGroup(groups, "metrics", query::metrics);
    }

    /**
     * One query per selection (a request asking for statistics twice has two), its rows handed to the groups; none
     * while the answer kept for the selection holds.
     */
    private <V> List<List<V>> perGroup(List<StatisticsGroup> groups, String name,
            Function<GroupedSelection, Map<GroupKey, List<V>>> measure, Object... arguments) {
        Map<GroupedSelection, Map<GroupKey, List<V>>> bySelection = new IdentityHashMap<>();
        return groups.stream().map(g -> bySelection.computeIfAbsent(g.selection(), s -> cache.answer(s.version(),
                StatisticsCache.Key.of("groups." + name, s.signature(), Arrays.asList(arguments)), () -> measure.apply(s)))
                .getOrDefault(g.groupKey(), List.of())).toList();
    }
}
