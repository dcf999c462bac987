package org.fazhi.registry.archive;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.organisation.OrganisationRefInput;

@Name("SubmitDocumentInput")
@Description("A report as published: a web page, a Word (.docx) or a PDF file. The registry reads its text and its metadata table and keeps the document byte for byte. The same bytes submitted again are the same report.")
public record SubmitDocumentInput(
        @NonNull @Description("The document's bytes, base64 encoded; at most 20 MB (20971520 bytes) decoded. Pass it as a variable: a GraphQL document itself is limited in size.") Base64Content content,
        @NonNull @Description("The document's media type as the sender knows it, e.g. `application/pdf` or `text/html; charset=GBK`. The format is read from the bytes; a type naming another supported format is refused.") String mediaType,
        @Description("The document's file name, e.g. `2024年法治政府建设年度报告.pdf`.") String fileName,
        @Description("Where the report was published.") String sourceUrl,
        @Description("The organisation that issued the report; found from the document when left out.") OrganisationRefInput organisation,
        @Description("The year the report covers; found from the document when left out.") Integer reportYear,
        @Description("The day the report was published (发布日期); outranks the date the page states.") LocalDate publishedDate,
        @Id @Description("The report the sender believes is current for the organisation and year, which this document replaces. When another version has become current meanwhile, the document is refused with STALE_VERSION and nothing changes.") String supersedes,
        @Description("A key the client chooses, unique per request: the same key with the same input within 24 hours returns the first answer without reading or storing anything again. Retries are safe without it too: the same bytes are always the same report.") String idempotencyKey) {

    DocumentUpload upload() {
        return new DocumentUpload(content, mediaType, fileName, organisation, reportYear, sourceUrl, publishedDate,
                supersedes);
    }
}
