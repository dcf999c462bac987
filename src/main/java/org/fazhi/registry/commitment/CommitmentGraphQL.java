package org.fazhi.registry.commitment;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Mutation;
import org.fazhi.registry.report.Item;
import org.fazhi.registry.report.ItemView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.ReadBudget;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.persistence.SqlRows.Keyed;
import org.fazhi.registry.persistence.ViewLists;
import org.fazhi.registry.report.ReportQuery;
import org.fazhi.registry.report.ReportSizeRules;
import org.fazhi.registry.report.ReportView;

/** The commitments part of the API. */
@GraphQLApi
public class CommitmentGraphQL {

    @Inject
    CommitmentQuery query;

    @Inject
    ViewLists lists;

    @Inject
    ReadBudget budget;

    @Inject
    ReportQuery reports;

    @Inject
    CommitmentReviewService reviews;

    @Inject
    CommitmentNodeLoader loader;

    @Inject
    Caller caller;

    @Inject
    Context context;

    @Inject
    IdempotentWrites writes;

    @Query("commitment")
    @Description("One commitment by its global ID; null when none has it.")
    public CommitmentView commitment(@NonNull @Id @Name("id") @Description("The commitment's global ID.") String id) {
        return loader.find(id, Selection.fields(context, "Query", "commitment"));
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
        Conditions commitments = CommitmentQuery.conditions(filter);
        return CommitmentConnection.of(ordering.page(lists, CommitmentQuery.COMMITMENTS, commitments,
                PageRequest.of(first, after), Selection.nodeFields(context, "Query", "commitments")), ordering, commitments);
    }

    @Description("How many commitments the whole filtered list holds.")
    public int totalCount(@Source CommitmentConnection connection) {
        return lists.count(CommitmentQuery.COMMITMENTS, connection.commitments());
    }

    @Name("commitments")
    @Description("The commitments of the report's next-year plan, in text order: all of them, at most "
            + ReportSizeRules.MAX_COMMITMENTS + " (a plan of more is refused).")
    public List<@NonNull List<@NonNull CommitmentView>> reportCommitments(@Source List<ReportView> reports) {
        List<Keyed<CommitmentView>> rows = budget.rows(limit -> query.ofReports(
                reports.stream().map(ReportView::key).toList(), Selection.fields(context, "Report", "commitments"), limit));
        return Batches.perParent(reports, ReportView::key, rows, Keyed::parent, Keyed::view);
    }

    @Mutation("reviewCommitment")
    @Description("Records a reviewer's judgement of a commitment: FULFILLED, PARTIAL or DROPPED, with a note.")
    public @NonNull ReviewCommitmentPayload reviewCommitment(
            @NonNull @Name("input") @Description("The commitment and the judgement.") ReviewCommitmentInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.REVIEWER);
        return writes.once(new WriteRequest("reviewCommitment", actor.subject(), input.idempotencyKey(), input),
                ReviewCommitmentPayload.ANSWER, () -> ReviewCommitmentPayload.of(reviews.review(input, actor)));
    }

    @Transactional
    @Description("The items of the target year's report that carry the commitment out, best first.")
    public List<@NonNull List<@NonNull EvidenceView>> evidence(@Source List<CommitmentView> commitments) {
        List<CommitmentEvidence> rows = budget.rows(CommitmentEvidence.<CommitmentEvidence>find(
                "commitmentId in ?1 order by commitmentId, rank", commitments.stream().map(CommitmentView::key).toList()));
        return Batches.perParent(commitments, CommitmentView::key, rows, e -> e.commitmentId, EvidenceView::of);
    }

    @Transactional
    @Description("The evidence item itself.")
    public List<@NonNull ItemView> item(@Source List<EvidenceView> evidence) {
        Map<Long, Item> items = Batches.byId(evidence.stream().map(EvidenceView::itemKey).toList(),
                keys -> Item.list("id in ?1", keys), i -> i.id);
        return evidence.stream().map(e -> ItemView.of(items.get(e.itemKey()))).toList();
    }

    @Transactional
    @Description("Every change of the commitment's status, oldest first.")
    public List<@NonNull List<@NonNull StatusChangeView>> history(@Source List<CommitmentView> commitments) {
        List<CommitmentStatusChange> rows = CommitmentStatusChange.list(
                "commitmentId in ?1 order by commitmentId, changedAt, id", commitments.stream().map(CommitmentView::key).toList());
        return Batches.perParent(commitments, CommitmentView::key, rows, c -> c.commitmentId, StatusChangeView::of);
    }

    @Description("The report whose plan made the commitment.")
    public List<@NonNull ReportView> report(@Source List<CommitmentView> commitments) {
        Map<Long, ReportView> byId = reports.byIds(commitments.stream().map(CommitmentView::reportKey)
                .collect(Collectors.toSet()), Selection.fields(context, "Commitment", "report"));
        return commitments.stream().map(c -> byId.get(c.reportKey())).toList();
    }

    @Name("actor")
    @Description("Who made the change: the reviewer, or the submitter of the report that triggered it. Null unless the request carries the token of a reader, editor or reviewer.")
    public String statusChangeActor(@Source StatusChangeView change) {
        return caller.readsRestricted() ? change.changedBy() : null;
    }
}
