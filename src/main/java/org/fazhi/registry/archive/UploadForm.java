package org.fazhi.registry.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.fazhi.registry.graphql.Echo;
import org.fazhi.registry.graphql.UserError;
import org.fazhi.registry.graphql.UserErrorCode;
import org.fazhi.registry.organisation.OrganisationRefInput;
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

    /** Accepted as in {@code SubmitDocumentInput}: retries are recognised by their bytes. */
    @RestForm
    public String idempotencyKey;

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
                blank(sourceUrl) ? null : sourceUrl, date());
    }

    private LocalDate date() {
        return blank(publishedDate) ? null : LocalDate.parse(publishedDate.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
