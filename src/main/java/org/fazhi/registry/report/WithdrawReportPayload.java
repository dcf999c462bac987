package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.UserError;

@Description("The result of `withdrawReport`.")
public record WithdrawReportPayload(
        @Description("The withdrawn report; null when the input was refused.") ReportView report,
        @Description("The version that became current again because the withdrawn one had superseded it; null when none did.") ReportView restoredReport,
        @NonNull @Description("False when the report had been withdrawn before: the first withdrawal stands and nothing was written.") boolean changed,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static final AnswerType<WithdrawReportPayload> ANSWER = new AnswerType<>(WithdrawReportPayload.class,
            WithdrawReportPayload::userErrors, errors -> of(WithdrawalResult.refused(errors)));

    static WithdrawReportPayload of(WithdrawalResult result) {
        return new WithdrawReportPayload(view(result.withdrawn()), view(result.restored()), result.changed(),
                result.userErrors());
    }

    private static ReportView view(Report report) {
        return report == null ? null : ReportView.of(report);
    }
}
