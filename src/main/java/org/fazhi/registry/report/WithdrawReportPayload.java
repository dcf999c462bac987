package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.Outcome;
import org.fazhi.registry.graphql.UserError;

@Description("The result of `withdrawReport`.")
public record WithdrawReportPayload(
        @Description("The withdrawn report; null when the input was refused.") ReportView report,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static WithdrawReportPayload of(Outcome<Report> outcome) {
        ReportView view = outcome.value() == null ? null : ReportView.of(outcome.value());
        return new WithdrawReportPayload(view, outcome.userErrors());
    }
}
