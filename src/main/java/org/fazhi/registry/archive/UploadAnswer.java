package org.fazhi.registry.archive;

import java.util.List;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.Submission;

/**
 * The JSON answer to a multipart upload: what {@code submitDocument} answers, the report in brief. User error
 * fields are named as the form fields are ({@code content}, {@code organisation.id} …).
 */
public record UploadAnswer(ReportSummary report, DocumentView document, boolean created, boolean organisationCreated,
        List<UserError> userErrors) {

    /** The stored report: its global ID, as the GraphQL API knows it, and what was read. */
    public record ReportSummary(String id, String organisationId, int reportYear, String title, String state) {
    }

    private static final String INPUT = "input.";

    static final AnswerType<UploadAnswer> ANSWER = new AnswerType<>(UploadAnswer.class, UploadAnswer::userErrors,
            errors -> of(Submission.refused(errors)));

    /** The answer to {@code submission}, with the document its report was read from; call inside its transaction. */
    static UploadAnswer of(Submission submission) {
        return of(submission, submission.report() == null ? null : ReportDocument.findById(submission.report().id));
    }

    private static UploadAnswer of(Submission submission, ReportDocument document) {
        Report r = submission.report();
        ReportSummary report = r == null ? null : new ReportSummary(GlobalId.encode(NodeType.Report, r.id),
                GlobalId.encode(NodeType.Organisation, r.organisationId), r.reportYear, r.title, r.state.name());
        List<UserError> errors = submission.userErrors().stream().map(e -> UserError.of(
                e.field() != null && e.field().startsWith(INPUT) ? e.field().substring(INPUT.length()) : e.field(),
                e.code(), e.message())).toList();
        return new UploadAnswer(report, document == null ? null : DocumentView.of(document), submission.created(),
                submission.organisationCreated(), errors);
    }
}
