package org.fazhi.registry.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.document.DocumentReaders;
import org.fazhi.registry.document.ReadDocument;
import org.fazhi.registry.document.RefusedDocumentException;
import org.fazhi.registry.organisation.Organisation;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;
import org.fazhi.registry.persistence.Sha256;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.ReportService;
import org.fazhi.registry.report.Submission;
import org.fazhi.registry.report.SubmitReportInput;

/**
 * Submits a report as published: reads the document, submits its text and stated metadata as a report, and keeps
 * the document, all in one transaction. The same bytes again are the same report, whatever else was sent.
 */
@ApplicationScoped
@Transactional
public class DocumentSubmissionService {

    static final String CONTENT = "input.content";
    private static final int MAX_FILE_NAME = 255;

    private final DocumentReaders readers;
    private final ReportService reports;

    public DocumentSubmissionService(DocumentReaders readers, ReportService reports) {
        this.readers = readers;
        this.reports = reports;
    }

    public Submission submit(DocumentUpload upload, Actor actor) {
        Optional<UserError> invalid = check(upload);
        if (invalid.isPresent()) {
            return refused(invalid.get());
        }
        byte[] bytes;
        try {
            bytes = upload.content().bytes();
        } catch (IllegalArgumentException e) {
            return refused(UserError.of(CONTENT, UserErrorCode.INVALID_VALUE, "the content is not valid base64"));
        }
        String sha256 = Sha256.of(bytes);
        Optional<ReportDocument> same = ReportDocument.findBySha256(sha256);
        if (same.isPresent()) {
            Report stored = Report.findById(same.get().reportId);
            Organisation organisation = Organisation.findById(stored.organisationId);
            actor.scope().require(organisation.divisionCode, organisation.name);
            return new Submission(stored, false, false,
                    Report.findCurrent(stored.organisationId, stored.reportYear).orElse(null), List.of());
        }
        ReadDocument read;
        try {
            read = readers.read(bytes, upload.mediaType());
        } catch (RefusedDocumentException e) {
            return refused(UserError.of(CONTENT, code(e.reason()), e.getMessage()));
        }
        Submission submission = reports.submit(new SubmitReportInput(upload.organisation(), upload.reportYear(),
                read.text(), upload.sourceUrl(), upload.publishedDate(), upload.supersedes(), null), read.fields(),
                CONTENT, actor);
        if (submission.report() != null && ReportDocument.findById(submission.report().id) == null) {
            keep(submission.report(), upload, read, bytes, sha256);
        }
        return submission;
    }

    private static Optional<UserError> check(DocumentUpload upload) {
        if (upload.mediaType() == null || upload.mediaType().isBlank()) {
            return Optional.of(UserError.of("input.mediaType", UserErrorCode.REQUIRED, "give the document's media type"));
        } else if (upload.fileName() != null && (upload.fileName().isBlank() || upload.fileName().length() > MAX_FILE_NAME)) {
            return Optional.of(UserError.of("input.fileName", UserErrorCode.INVALID_VALUE,
                    "a file name has 1 to " + MAX_FILE_NAME + " characters"));
        } else if (upload.content().size() > DocumentReaders.MAX_BYTES) {
            return Optional.of(UserError.of(CONTENT, UserErrorCode.DOCUMENT_TOO_LARGE,
                    "the document has " + upload.content().size() + " bytes; at most " + DocumentReaders.MAX_BYTES
                            + " (20 MB) are accepted"));
        }
        return Optional.empty();
    }

    /** The report keeps the first document it was read from; the same text in another file is not stored twice. */
    private static void keep(Report report, DocumentUpload upload, ReadDocument read, byte[] bytes, String sha256) {
        ReportDocument document = new ReportDocument();
        document.reportId = report.id;
        document.mediaType = read.format().mediaType();
        document.fileName = upload.fileName();
        document.size = bytes.length;
        document.sha256 = sha256;
        document.content = bytes;
        document.persist();
    }

    private static UserErrorCode code(RefusedDocumentException.Reason reason) {
        return switch (reason) {
            case UNSUPPORTED -> UserErrorCode.UNSUPPORTED_DOCUMENT;
            case NO_TEXT -> UserErrorCode.DOCUMENT_HAS_NO_TEXT;
            case TOO_LARGE -> UserErrorCode.DOCUMENT_TOO_LARGE;
        };
    }

    private static Submission refused(UserError error) {
        return Submission.refused(List.of(error));
    }
}
