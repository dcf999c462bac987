package org.fazhi.registry.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.fazhi.registry.organisation.OrganisationRefInput;
import org.fazhi.registry.outcome.Echo;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;
import org.fazhi.registry.persistence.Sha256;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of {@code POST /documents}: the fields of {@code SubmitDocumentInput}, the file in {@code content}. */
public class UploadForm {

    @RestForm("content")
    public FileUpload content;

    @RestForm("organisation.id")
    public String organisationId;

    @RestForm("organisation.creditCode")
    public String organisationCreditCode;

    @RestForm
    public String reportYear;

    @RestForm
    public String sourceUrl;

    @RestForm
    public String publishedDate;

    @RestForm
    public String supersedes;

    /** As in {@code SubmitDocumentInput}: the same key with the same form within 24 hours gets the first answer. */
    @RestForm
    public String idempotencyKey;

    /** What a retry must repeat to be the same request: the fields, and the file by its SHA-256. */
    record Fingerprint(String contentSha256, String contentType, String fileName, String organisationId,
            String organisationCreditCode, String reportYear, String sourceUrl, String publishedDate, String supersedes) {
    }

    /** Why the form cannot be submitted as it is: a missing file or a field that does not parse. */
    Optional<UserError> invalid() {
        if (content == null) {
            return Optional.of(UserError.of("input.content", UserErrorCode.REQUIRED,
                    "attach the document as the form field `content`"));
        } else if (!blank(reportYear) && !reportYear.strip().matches("\\d{1,4}")) {
            return Optional.of(UserError.of("input.reportYear", UserErrorCode.INVALID_VALUE, "not a year: "
                    + Echo.of(reportYear)));
        }
        try {
            date();
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(UserError.of("input.publishedDate", UserErrorCode.INVALID_VALUE,
                    "not a date (YYYY-MM-DD): " + publishedDate));
        }
    }

    /** The upload the form describes; call only when {@link #invalid()} is empty. */
    DocumentUpload upload() {
        OrganisationRefInput organisation = blank(organisationId) && blank(organisationCreditCode) ? null
                : new OrganisationRefInput(organisationId, organisationCreditCode);
        return new DocumentUpload(new FileContent(content.uploadedFile(), content.size()), content.contentType(),
                content.fileName(), organisation, blank(reportYear) ? null : Integer.valueOf(reportYear.strip()),
                blank(sourceUrl) ? null : sourceUrl, date(), blank(supersedes) ? null : supersedes.strip());
    }

    /** The request's fingerprint; call only when {@link #invalid()} is empty. */
    Fingerprint fingerprint() {
        return new Fingerprint(Sha256.of(new FileContent(content.uploadedFile(), content.size()).bytes()),
                content.contentType(), content.fileName(), organisationId, organisationCreditCode, reportYear, sourceUrl,
                publishedDate, supersedes);
    }

    private LocalDate date() {
        return blank(publishedDate) ? null : LocalDate.parse(publishedDate.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
