package org.fazhi.registry.archive;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;

@Name("Document")
@Description("The document (web page, Word or PDF file) a report was read from, kept byte for byte.")
public record DocumentView(
        @NonNull @Description("The media type of the format read from the bytes: `text/html`, `application/pdf` or `application/vnd.openxmlformats-officedocument.wordprocessingml.document`.") String mediaType,
        @Description("The file name the sender gave.") String fileName,
        @NonNull @Description("The size in bytes.") int size,
        @NonNull @Description("SHA-256 of the bytes, hex encoded: the same bytes submitted again are the same report.") String sha256,
        @NonNull @Description("Where to download the exact bytes: a path on this service, `/documents/{reportId}`.") String url) {

    static final String PATH = "/documents/";

    static DocumentView of(ReportDocument document) {
        return new DocumentView(document.mediaType, document.fileName, document.size, document.sha256,
                PATH + GlobalId.encode(NodeType.Report, document.reportId));
    }
}
