package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.UserError;

@Description("The result of `submitReport`, `submitStructuredReport` and `submitDocument`.")
public record SubmitReportPayload(
        @Description("The stored report; null when the input was refused.") ReportView report,
        @NonNull @Description("True when the text was stored as a new report; false when the same text (or the same document) was already stored.") boolean created,
        @NonNull @Description("True when the organisation was not registered yet and was created from the name the text (or document) gives.") boolean organisationCreated,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    public static SubmitReportPayload of(Submission submission) {
        ReportView view = submission.report() == null ? null : ReportView.of(submission.report());
        return new SubmitReportPayload(view, submission.created(), submission.organisationCreated(), submission.userErrors());
    }
}
