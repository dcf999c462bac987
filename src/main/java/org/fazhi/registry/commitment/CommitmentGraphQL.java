package org.fazhi.registry.commitment;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.GlobalId;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.NodeType;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.report.ReportQuery;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.ReportView;

/** The commitments part of the API. */
@GraphQLApi
public class CommitmentGraphQL {

    @Inject
    CommitmentQuery query;

    @Inject
    ReportQuery reports;

    @Query("commitment")
    @Description("One commitment by its global ID; null when none has it.")
    public CommitmentView commitment(@NonNull @Id @Name("id") @Description("The commitment's global ID.") String id) {
        return GlobalId.decode(id, NodeType.Commitment)
                .flatMap(key -> Optional.ofNullable(query.byIds(List.of(key)).get(key)))
                .map(CommitmentView::of)
                .orElse(null);
    }

    @Query("commitments")
    @Description("Commitments of current reports, filtered, ordered (by default in the order they were recorded) and paged.")
    public @NonNull CommitmentConnection commitments(
            @Name("first") @Description("How many commitments to return, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return commitments after this cursor.") String after,
            @Name("filter") @Description("Which commitments to return.") CommitmentFilter filter,
            @Name("orderBy") @Description("The order to return them in; as recorded when omitted.") CommitmentOrder orderBy)
            throws InvalidArgumentException {
        Ordering<CommitmentView> ordering = CommitmentOrder.ordering(orderBy);
        return CommitmentConnection.of(query.page(filter, ordering, PageRequest.of(first, after))
                .map(CommitmentView::of), ordering);
    }

    @Name("commitments")
    @Description("The commitments of the report's next-year plan, in text order.")
    public List<@NonNull List<@NonNull CommitmentView>> reportCommitments(@Source List<ReportView> reports) {
        List<Commitment> rows = Commitment.list("reportId in ?1 order by reportId, ordinal",
                reports.stream().map(ReportView::key).toList());
        return Batches.perParent(reports, ReportView::key, rows, c -> c.reportId, CommitmentView::of);
    }

    @Description("The report whose plan made the commitment.")
    public List<@NonNull ReportView> report(@Source List<CommitmentView> commitments) {
        Map<Long, Report> byId = reports.byIds(commitments.stream().map(CommitmentView::reportKey).toList());
        return commitments.stream().map(c -> ReportView.of(byId.get(c.reportKey()))).toList();
    }
}
