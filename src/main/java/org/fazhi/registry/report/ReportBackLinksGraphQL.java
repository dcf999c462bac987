package org.fazhi.registry.report;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.Selection;

/** From what was read back to the report it was read from, one query for all of a response. */
@GraphQLApi
public class ReportBackLinksGraphQL {

    @Inject
    ReportQuery query;

    @Inject
    Context context;

    @Name("report")
    @Description("The report the section belongs to.")
    public List<@NonNull ReportView> sectionReport(@Source List<SectionView> sections) {
        return reports(sections, SectionView::reportKey, "Section");
    }

    @Name("report")
    @Description("The report the item belongs to.")
    public List<@NonNull ReportView> itemReport(@Source List<ItemView> items) {
        return reports(items, ItemView::reportKey, "Item");
    }

    @Name("report")
    @Description("The report that admits the problem.")
    public List<@NonNull ReportView> problemReport(@Source List<ProblemView> problems) {
        return reports(problems, ProblemView::reportKey, "Problem");
    }

    @Name("report")
    @Description("The report that states the quantity; null in a preview (`parseReport`), which stores nothing.")
    public List<ReportView> metricReport(@Source List<MetricView> metrics) {
        return reports(metrics, MetricView::reportKey, "Metric");
    }

    /** The report of each child of the GraphQL type {@code type}, with the fields the query asks of it there. */
    private <T> List<ReportView> reports(List<T> children, Function<T, Long> reportKey, String type) {
        Map<Long, ReportView> byId = query.byIds(children.stream().map(reportKey).filter(Objects::nonNull)
                .collect(Collectors.toSet()), Selection.fields(context, type, "report"));
        return children.stream().map(reportKey).map(key -> key == null ? null : byId.get(key)).toList();
    }
}
