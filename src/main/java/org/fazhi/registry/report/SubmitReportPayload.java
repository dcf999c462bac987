package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.UserError;

@Description("The result of `submitReport`, `submitStructuredReport` and `submitDocument`.")
public record SubmitReportPayload(
        @Description("The stored report: the new version, or the version stored before with the same text (or document); null when the input was refused.") ReportView report,
        @NonNull @Description("True when the text was stored as a new report; false when the same text (or the same document) was already stored.") boolean created,
        @NonNull @Description("False when the call wrote nothing: the text was stored before, or the input was refused. No change event is written then.") boolean changed,
        @NonNull @Description("True when the organisation was not registered yet and was created from the name the text (or document) gives.") boolean organisationCreated,
        @Description("The version current for the organisation and year after the call. It differs from `report` when the text was older than the current version (then stored as SUPERSEDED) or refused as STALE_VERSION; null when no version is current.") ReportView currentReport,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    public static final AnswerType<SubmitReportPayload> ANSWER =
            new AnswerType<>(SubmitReportPayload.class, SubmitReportPayload::userErrors, SubmitReportPayload::refused);

    public static SubmitReportPayload of(Submission submission) {
        return new SubmitReportPayload(view(submission.report()), submission.created(), submission.created(),
                submission.organisationCreated(), view(submission.current()), submission.userErrors());
    }

    static SubmitReportPayload refused(List<UserError> errors) {
        return of(Submission.refused(errors));
    }

    private static ReportView view(Report report) {
        return report == null ? null : ReportView.of(report);
    }
}
