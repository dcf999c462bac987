package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.Outcome;
import org.fazhi.registry.graphql.UserError;

@Description("The result of `submitReport`.")
public record SubmitReportPayload(
        @Description("The stored report; null when the input was refused.") ReportView report,
        @NonNull @Description("True when the text was stored as a new report; false when the same text was already stored.") boolean created,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static SubmitReportPayload of(Outcome<Report> outcome) {
        ReportView view = outcome.value() == null ? null : ReportView.of(outcome.value());
        return new SubmitReportPayload(view, outcome.created(), outcome.userErrors());
    }
}
