package org.fazhi.registry.report;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.organisation.OrganisationRefInput;

@Name("SubmitReportInput")
@Description("A report text to store. Submitting a text stored before for the same organisation and year changes nothing; a different text supersedes the current one, unless its dates show it is older (then it is stored as SUPERSEDED).")
public record SubmitReportInput(
        @Description("The organisation that issued the report.") OrganisationRefInput organisation,
        @Description("The year the report covers, e.g. 2024 for a report published in early 2025.") Integer reportYear,
        @Description("The report's full text as published, at most 1 MB of UTF-8; stored byte for byte.") String text,
        @Description("Where the report was published.") String sourceUrl,
        @Description("The day the report was published (发布日期).") LocalDate publishedDate,
        @Id @Description("The report the sender believes is current for the organisation and year, which this text replaces. When another version has become current meanwhile, the text is refused with STALE_VERSION and nothing changes.") String supersedes,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without storing anything again.") String idempotencyKey) {
}
