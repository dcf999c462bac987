package org.fazhi.registry.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.organisation.OrganisationRefInput;

@Name("SubmitStructuredReportInput")
@Description("""
        A report an integrator already holds in structure: stored as given, validated, no text parsing. \
        The registry composes its text (title, headings, items, one a line) so offsets and search work as \
        for submitted texts; NEXT_YEAR_PLAN items become commitments and PROBLEMS items problems.""")
public record SubmitStructuredReportInput(
        @Description("The organisation that issued the report; required.") OrganisationRefInput organisation,
        @Description("The year the report covers; required.") Integer reportYear,
        @Description("The year the plan section is for; by default the report year + 1.") Integer planYear,
        @Description("The report's title.") String title,
        @Description("The issuing document number (文号).") String documentNumber,
        @Description("The publishing website's index number (索引号).") String indexNumber,
        @Description("Who signed the report for issue (签发人).") String signer,
        @Description("The body the report is addressed to (主送机关).") String recipient,
        @Description("The day the report was issued.") LocalDate issuedDate,
        @Description("The day the report was published.") LocalDate publishedDate,
        @Description("Where the report was published.") String sourceUrl,
        @Description("The sections in order; at least one.") List<StructuredSectionInput> sections,
        @Id @Description("The report the sender believes is current for the organisation and year, which this one replaces. When another version has become current meanwhile, the input is refused with STALE_VERSION and nothing changes.") String supersedes,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without storing anything again.") String idempotencyKey) {
}
