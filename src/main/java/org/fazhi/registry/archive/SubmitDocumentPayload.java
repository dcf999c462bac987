package org.fazhi.registry.archive;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.UserError;
import org.fazhi.registry.report.ReportView;
import org.fazhi.registry.report.Submission;

@Description("The result of `submitDocument`.")
public record SubmitDocumentPayload(
        @Description("The report read from the document; null when the input was refused.") ReportView report,
        @NonNull @Description("True when the document was stored as a new report; false when the same document, or the same text, was already stored.") boolean created,
        @NonNull @Description("True when the organisation was not registered yet and was created from the name the document gives.") boolean organisationCreated,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static SubmitDocumentPayload of(Submission submission) {
        ReportView view = submission.report() == null ? null : ReportView.of(submission.report());
        return new SubmitDocumentPayload(view, submission.created(), submission.organisationCreated(),
                submission.userErrors());
    }
}
