package org.fazhi.registry.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.OrganisationEvidence;
import org.fazhi.registry.extraction.Script;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.Node;
import org.fazhi.registry.persistence.ReadFor;

@Name("Report")
@Description("One text of an organisation's annual rule-of-law report (法治政府建设年度报告) and what the registry read from it.")
public record ReportView(
        @Ignore long key,
        @Ignore long organisationKey,
        @NonNull @Description("The year the report covers.") int reportYear,
        @Description("The report's title, e.g. 武定县人民政府办公室关于2024年法治政府建设工作情况的报告.") String title,
        @Description("The issuing document number (文号), e.g. 济高新文〔2024〕39号.") String documentNumber,
        @Description("The publishing website's index number (索引号).") String indexNumber,
        @Description("Who signed the report for issue (签发人).") String signer,
        @Description("The body the report is addressed to (主送机关).") String recipient,
        @Description("The day the report was issued (成文日期 or the date of its signature).") LocalDate issuedDate,
        @Description("The day the report was published (发布日期).") LocalDate publishedDate,
        @Description("Where the report was published.") String sourceUrl,
        @NonNull @Description("The script of the original text.") Script script,
        @NonNull @Description("SHA-256 of the normalised text, hex encoded: equal texts have equal hashes.") String contentHash,
        @ReadFor({"originalText", "normalisedText"}) // a withdrawn report's texts are served to readers only
        @NonNull @Description("Whether this text is in force, superseded or withdrawn.") ReportState state,
        @NonNull @Description("The version of the parser that read the text.") String parserVersion,
        @NonNull @Description("What the parser found doubtful in the text.") List<@NonNull String> warnings,
        @Ignore String submittedBy, // served by ReportGraphQL, to readers only
        @Description("Where the text names its issuing body (title, metadata, preamble …); null when it does not name it.") OrganisationEvidence organisationEvidence,
        @NonNull @Description("When the text was submitted.") OffsetDateTime createdAt,
        @NonNull @Description("When the report last changed, e.g. when it was superseded.") OffsetDateTime updatedAt) implements Node {

    public static ReportView of(Report r) {
        return new ReportView(r.id, r.organisationId, r.reportYear, r.title, r.documentNumber, r.indexNumber,
                r.signer, r.recipient, r.issuedDate, r.publishedDate, r.sourceUrl, r.script, r.contentHash, r.state,
                r.parserVersion, List.copyOf(r.warnings), r.submittedBy, r.organisationEvidence, r.createdAt, r.updatedAt);
    }

    /** Hashes the row's key only: batched resolvers key their work by the view, and hashing every column was slow. */
    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }

    @Id
    @NonNull
    @Override
    @Description("The report's global ID.")
    public String getId() {
        return GlobalId.encode(NodeType.Report, key);
    }
}
