package org.fazhi.registry.report;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.Batches;

/** What the registry read from a report, each list resolved in one query for all reports of a response. */
@GraphQLApi
@Transactional // each resolver in a transaction of its own: its connection is released when it returns
public class ReportStructureGraphQL {

    @Description("The report's sections in text order, the preamble first.")
    public List<@NonNull List<@NonNull SectionView>> sections(@Source List<ReportView> reports) {
        List<Section> rows = Section.list("reportId in ?1 order by reportId, ordinal", keys(reports));
        return Batches.perParent(reports, ReportView::key, rows, s -> s.reportId, SectionView::of);
    }

    @Description("The items directly under the section, in text order.")
    public List<@NonNull List<@NonNull ItemView>> items(@Source List<SectionView> sections) {
        List<Item> rows = Item.list("sectionId in ?1 and parentId is null order by startOffset",
                sections.stream().map(SectionView::key).toList());
        return Batches.perParent(sections, SectionView::key, rows, i -> i.sectionId, ItemView::of);
    }

    @Description("The items enumerated inside this one (一是 inside (一), ① inside 一是 …), in text order.")
    public List<@NonNull List<@NonNull ItemView>> children(@Source List<ItemView> items) {
        List<Item> rows = Item.list("parentId in ?1 order by startOffset", items.stream().map(ItemView::key).toList());
        return Batches.perParent(items, ItemView::key, rows, i -> i.parentId, ItemView::of);
    }

    @Description("The shortcomings the report admits, in text order.")
    public List<@NonNull List<@NonNull ProblemView>> problems(@Source List<ReportView> reports) {
        List<Problem> rows = Problem.list("reportId in ?1 order by reportId, ordinal", keys(reports));
        return Batches.perParent(reports, ReportView::key, rows, p -> p.reportId, ProblemView::of);
    }

    @Description("The same problem in the organisation's report of the previous year, when it recurs.")
    public List<ProblemView> recursFrom(@Source List<ProblemView> problems) {
        Map<Long, Problem> earlier = Batches.byId(
                problems.stream().map(ProblemView::recursFromKey).filter(Objects::nonNull).toList(),
                keys -> Problem.list("id in ?1", keys), p -> p.id);
        return problems.stream().map(p -> p.recursFromKey() == null ? null : earlier.get(p.recursFromKey()))
                .map(p -> p == null ? null : ProblemView.of(p)).toList();
    }

    @Description("The quantities the report states, in text order.")
    public List<@NonNull List<@NonNull MetricView>> metrics(@Source List<ReportView> reports) {
        List<Metric> rows = Metric.list("reportId in ?1 order by reportId, startOffset", keys(reports));
        return Batches.perParent(reports, ReportView::key, rows, m -> m.reportId, MetricView::of);
    }

    @Description("The 《…》 titles the report cites, in order of first appearance.")
    public List<@NonNull List<@NonNull CitationView>> citations(@Source List<ReportView> reports) {
        List<Citation> rows = Citation.list("reportId in ?1 order by reportId, startOffset", keys(reports));
        return Batches.perParent(reports, ReportView::key, rows, c -> c.reportId, CitationView::of);
    }

    @Description("How the report falls short of 《法治政府建设与责任落实督察工作规定》: missing parts, late publication, contradicting years.")
    public List<@NonNull List<@NonNull FindingView>> complianceFindings(@Source List<ReportView> reports) {
        List<Finding> rows = Finding.list("reportId in ?1 order by reportId, id", keys(reports));
        return Batches.perParent(reports, ReportView::key, rows, f -> f.reportId, FindingView::of);
    }

    private static List<Long> keys(List<ReportView> reports) {
        return reports.stream().map(ReportView::key).toList();
    }
}
