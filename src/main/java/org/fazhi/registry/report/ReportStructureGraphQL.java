package org.fazhi.registry.report;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.persistence.Projection;

/** What the registry read from a report, each list resolved in one query for all reports of a response. */
@GraphQLApi
@Transactional // each resolver in a transaction of its own: its connection is released when it returns
public class ReportStructureGraphQL {

    @Inject
    Context context;

    @Inject
    EntityManager em;

    @Description("The report's sections in text order, the preamble first.")
    public List<@NonNull List<@NonNull SectionView>> sections(@Source List<ReportView> reports) {
        return under(reports, ReportView::key, Selection.fields(context, "Report", "sections"), SectionView.class,
                "s", "s.reportId", "from Section s where s.reportId in :parents order by s.reportId, s.ordinal");
    }

    @Description("The items directly under the section, in text order.")
    public List<@NonNull List<@NonNull ItemView>> items(@Source List<SectionView> sections) {
        return under(sections, SectionView::key, Selection.fields(context, "Section", "items"), ItemView.class, "i",
                "i.sectionId", "from Item i where i.sectionId in :parents and i.parentId is null order by i.startOffset");
    }

    @Description("The items enumerated inside this one (一是 inside (一), ① inside 一是 …), in text order.")
    public List<@NonNull List<@NonNull ItemView>> children(@Source List<ItemView> items) {
        return under(items, ItemView::key, Selection.fields(context, "Item", "children"), ItemView.class, "i",
                "i.parentId", "from Item i where i.parentId in :parents order by i.startOffset");
    }

    /**
     * The rows under each of {@code parents}, read in one statement ({@code from} with the parameter
     * {@code :parents}) with the columns behind {@code fields}; {@code parentColumn} leads each row.
     */
    private <P, V extends Record> List<List<V>> under(List<P> parents, ToLongFunction<P> key, Set<String> fields,
            Class<V> view, String alias, String parentColumn, String from) {
        Projection<V> projection = Projection.of(view, alias, fields, parentColumn);
        List<Long> keys = parents.stream().map(key::applyAsLong).toList();
        List<Object[]> rows = projection.rows(em, from, Map.of("parents", keys), Integer.MAX_VALUE);
        return Batches.perParent(parents, key, rows, r -> (Long) r[0], projection::view);
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
