package org.fazhi.registry.report;

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

/** From what was read back to the report it was read from, one query for all of a response. */
@GraphQLApi
public class ReportBackLinksGraphQL {

    @Inject
    ReportQuery query;

    @Name("report")
    @Description("The report the section belongs to.")
    public List<@NonNull ReportView> sectionReport(@Source List<SectionView> sections) {
        return reports(sections, SectionView::reportKey);
    }

    @Name("report")
    @Description("The report the item belongs to.")
    public List<@NonNull ReportView> itemReport(@Source List<ItemView> items) {
        return reports(items, ItemView::reportKey);
    }

    @Name("report")
    @Description("The report that admits the problem.")
    public List<@NonNull ReportView> problemReport(@Source List<ProblemView> problems) {
        return reports(problems, ProblemView::reportKey);
    }

    @Name("report")
    @Description("The report that states the quantity; null in a preview (`parseReport`), which stores nothing.")
    public List<ReportView> metricReport(@Source List<MetricView> metrics) {
        return reports(metrics, MetricView::reportKey);
    }

    private <T> List<ReportView> reports(List<T> children, Function<T, Long> reportKey) {
        Map<Long, Report> byId = query.byIds(children.stream().map(reportKey).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return children.stream().map(reportKey).map(key -> key == null ? null : ReportView.of(byId.get(key))).toList();
    }
}
