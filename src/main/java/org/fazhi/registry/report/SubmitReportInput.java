package org.fazhi.registry.report;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.organisation.OrganisationRefInput;

@Name("SubmitReportInput")
@Description("A report text to store. Submitting the same text again for the same organisation and year changes nothing; a different text supersedes the stored one.")
public record SubmitReportInput(
        @Description("The organisation that issued the report.") OrganisationRefInput organisation,
        @Description("The year the report covers, e.g. 2024 for a report published in early 2025.") Integer reportYear,
        @Description("The report's full text as published, at most 1 MB of UTF-8; stored byte for byte.") String text,
        @Description("Where the report was published.") String sourceUrl,
        @Description("The day the report was published (发布日期).") LocalDate publishedDate) {
}
