package org.fazhi.registry.archive;

import java.time.LocalDate;
import org.fazhi.registry.organisation.OrganisationRefInput;

/**
 * A document to submit as it arrived, by GraphQL or as a multipart upload.
 *
 * @param mediaType the type the sender declared; the bytes decide the format
 * @param supersedes the report the sender believes is current, which the document replaces; null when not said
 */
public record DocumentUpload(DocumentContent content, String mediaType, String fileName,
        OrganisationRefInput organisation, Integer reportYear, String sourceUrl, LocalDate publishedDate,
        String supersedes) {
}
