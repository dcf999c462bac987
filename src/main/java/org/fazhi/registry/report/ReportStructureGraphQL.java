package org.fazhi.registry.report;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
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
import org.fazhi.registry.graphql.ReadBudget;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.persistence.Projection;
import org.fazhi.registry.persistence.SqlRows;
import org.fazhi.registry.persistence.SqlRows.Keyed;

/**
 * What the registry read from a report, each list resolved in one statement for all reports of a response, with
 * the columns the query asks for, as far as the request's {@link ReadBudget} allows.
 */
@GraphQLApi
public class ReportStructureGraphQL {

    @Inject
    Context context;

    @Inject
    SqlRows rows;

    @Inject
    ReadBudget budget;

    @Description("The report's sections in text order, the preamble first: all of them, holding at most "
            + ReportSizeRules.MAX_ITEMS + " items in all, at every level (a report of more is refused).")
    public List<@NonNull List<@NonNull SectionView>> sections(@Source List<ReportView> reports) {
        return under(reports, ReportView::key, Selection.fields(context, "Report", "sections"), SectionView.class,
                "s", "s.report_id", "from section s where s.report_id = any(?) order by s.report_id, s.ordinal");
    }

    @Description("The items directly under the section, in text order; a report holds at most " + ReportSizeRules.MAX_ITEMS
            + " items in all.")
    public List<@NonNull List<@NonNull ItemView>> items(@Source List<SectionView> sections) {
        return under(sections, SectionView::key, Selection.fields(context, "Section", "items"), ItemView.class, "i",
                "i.section_id", "from item i where i.section_id = any(?) and i.parent_id is null order by i.start_offset");
    }

    @Description("The items enumerated inside this one (一是 inside (一), ① inside 一是 …), in text order; a report holds at most "
            + ReportSizeRules.MAX_ITEMS + " items in all.")
    public List<@NonNull List<@NonNull ItemView>> children(@Source List<ItemView> items) {
        return under(items, ItemView::key, Selection.fields(context, "Item", "children"), ItemView.class, "i",
                "i.parent_id", "from item i where i.parent_id = any(?) order by i.start_offset");
    }

    @Transactional
    @Description("The shortcomings the report admits, in text order: all of them, at most " + ReportSizeRules.MAX_PROBLEMS
            + " (a report admitting more is refused).")
    public List<@NonNull List<@NonNull ProblemView>> problems(@Source List<ReportView> reports) {
        List<Problem> rows = budget.rows(Problem.<Problem>find("reportId in ?1 order by reportId, ordinal",
                keys(reports)));
        return Batches.perParent(reports, ReportView::key, rows, p -> p.reportId, ProblemView::of);
    }

    @Transactional
    @Description("The same problem in the organisation's report of the previous year, when it recurs.")
    public List<ProblemView> recursFrom(@Source List<ProblemView> problems) {
        Map<Long, Problem> earlier = Batches.byId(
                problems.stream().map(ProblemView::recursFromKey).filter(Objects::nonNull).toList(),
                keys -> Problem.list("id in ?1", keys), p -> p.id);
        return problems.stream().map(p -> p.recursFromKey() == null ? null : earlier.get(p.recursFromKey()))
                .map(p -> p == null ? null : ProblemView.of(p)).toList();
    }

    @Description("The quantities the report states, in text order: all of them, at most " + ReportSizeRules.MAX_METRICS
            + " (a report stating more is refused).")
    public List<@NonNull List<@NonNull MetricView>> metrics(@Source List<ReportView> reports) {
        return under(reports, ReportView::key, Selection.fields(context, "Report", "metrics"), MetricView.class, "m",
                "m.report_id", "from metric m where m.report_id = any(?) order by m.report_id, m.start_offset");
    }

    @Description("The 《…》 titles the report cites, in order of first appearance: all of them, at most "
            + ReportSizeRules.MAX_CITATIONS + " (a report citing more is refused).")
    public List<@NonNull List<@NonNull CitationView>> citations(@Source List<ReportView> reports) {
        return under(reports, ReportView::key, Selection.fields(context, "Report", "citations"), CitationView.class,
                "c", "c.report_id", "from citation c where c.report_id = any(?) order by c.report_id, c.start_offset");
    }

    @Description("How the report falls short of 《法治政府建设与责任落实督察工作规定》: missing parts, late publication, contradicting years.")
    public List<@NonNull List<@NonNull FindingView>> complianceFindings(@Source List<ReportView> reports) {
        // A handful a report at most: not counted against the read budget.
        List<Keyed<FindingView>> found = rows.keyed(Projection.of(FindingView.class, "f",
                Selection.fields(context, "Report", "complianceFindings")), "f.report_id",
                "from compliance_finding f where f.report_id = any(?) order by f.report_id, f.id", keys(reports));
        return Batches.perParent(reports, ReportView::key, found, Keyed::parent, Keyed::view);
    }

    /**
     * The rows under each of {@code parents}, read in one statement ({@code from}, whose {@code ?} is the
     * array of parent keys) with the columns behind {@code fields}, grouped by {@code parentColumn}: as many
     * as the read budget allows, a longer list refused.
     */
    private <P, V extends Record> List<List<V>> under(List<P> parents, ToLongFunction<P> key, Set<String> fields,
            Class<V> view, String alias, String parentColumn, String from) {
        Projection<V> projection = Projection.of(view, alias, fields);
        List<Long> keys = parents.stream().map(key::applyAsLong).toList();
        List<Keyed<V>> found = budget.rows(limit -> rows.keyed(projection, parentColumn, from + " limit " + limit, keys));
        return Batches.perParent(parents, key, found, Keyed::parent, Keyed::view);
    }

    private static List<Long> keys(List<ReportView> reports) {
        return reports.stream().map(ReportView::key).toList();
    }
}
