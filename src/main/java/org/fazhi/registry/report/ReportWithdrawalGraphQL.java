package org.fazhi.registry.report;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;

/** The withdrawal part of the reports API. */
@GraphQLApi
@Transactional // each resolver in a transaction of its own: its connection is released when it returns
public class ReportWithdrawalGraphQL {

    @Inject
    ReportWithdrawalService service;

    @Inject
    Caller caller;

    @Inject
    IdempotentWrites writes;

    @Mutation("withdrawReport")
    @Description("Withdraws a report: it stays readable with state WITHDRAWN and the reason, but no longer counts as current; "
            + "the version it had superseded becomes current again. Withdrawing a withdrawn report answers with its withdrawal.")
    public @NonNull WithdrawReportPayload withdrawReport(
            @NonNull @Name("input") @Description("The report and the reason.") WithdrawReportInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("withdrawReport", actor.subject(), input.idempotencyKey(), input),
                WithdrawReportPayload.ANSWER, () -> WithdrawReportPayload.of(service.withdraw(input, actor)));
    }

    @Description("Why, when and by whom the report was withdrawn; null unless it was.")
    public List<ReportWithdrawalView> withdrawal(@Source List<ReportView> reports) {
        Map<Long, ReportWithdrawal> byReport = ReportWithdrawal
                .listForReports(reports.stream().map(ReportView::key).toList()).stream()
                .collect(Collectors.toMap(w -> w.reportId, Function.identity()));
        return reports.stream().map(r -> byReport.get(r.key())).map(w -> w == null ? null : ReportWithdrawalView.of(w)).toList();
    }

    @Description("The subject of the token that withdrew the report. Null unless the request carries the token of a reader, editor or reviewer.")
    public String withdrawnBy(@Source ReportWithdrawalView withdrawal) {
        return caller.readsRestricted() ? withdrawal.withdrawer() : null;
    }
}
