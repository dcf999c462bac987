package org.fazhi.registry.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.OrganisationEvidence;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ReportMetadata;
import org.fazhi.registry.extraction.ReportParser;
import org.fazhi.registry.extraction.Script;
import org.fazhi.registry.extraction.ThemeTagger;

@Description("What the registry reads from a text, without storing anything: a preview for editors before they submit.")
public record ReportPreview(
        @NonNull @Description("The text as analysed: simplified, web residue and page breaks removed. All offsets point into it.") String normalisedText,
        @NonNull @Description("The script of the submitted text.") Script script,
        @NonNull @Description("The version of the parser.") String parserVersion,
        @Description("The report's title.") String title,
        @Description("The issuing body as the text names it; null when it only says 我局 or the like.") String organisationName,
        @Description("The kind of the issuing body; read from a pronoun (我局 → DEPARTMENT) when the text gives no name.") OrganisationKind organisationKind,
        @Description("Where the text names its issuing body; null when it does not name it.") OrganisationEvidence organisationEvidence,
        @Description("True when the name lacks its place (市卫生健康委, 区政府) and the text gives no fuller form.") Boolean organisationNamePartial,
        @Description("The year the report covers.") Integer reportYear,
        @Description("The issuing document number (文号).") String documentNumber,
        @Description("Who signed the report for issue (签发人).") String signer,
        @Description("The body the report is addressed to (主送机关).") String recipient,
        @Description("The day the report was issued.") LocalDate issuedDate,
        @Description("The day the report was published.") LocalDate publishedDate,
        @Description("The publishing website's index number (索引号).") String indexNumber,
        @Description("The unified social credit code the index number starts with, when valid.") String creditCode,
        @NonNull @Description("The sections in text order.") List<@NonNull PreviewSection> sections,
        @NonNull @Description("The next-year plan's items.") List<@NonNull PreviewCommitment> commitments,
        @NonNull @Description("The shortcomings admitted.") List<@NonNull PreviewCommitment> problems,
        @NonNull @Description("The quantities stated.") List<@NonNull MetricView> metrics,
        @NonNull @Description("The 《…》 titles cited.") List<@NonNull CitationView> citations,
        @NonNull @Description("How the report falls short of the regulation.") List<@NonNull FindingView> complianceFindings,
        @NonNull @Description("What the parser could not decide.") List<@NonNull String> warnings) {

    static ReportPreview of(ParsedReport parsed, ThemeTagger tagger) {
        ReportMetadata m = parsed.metadata();
        return new ReportPreview(parsed.normalisedText(), parsed.script(), ReportParser.VERSION, m.title(),
                m.organisationName(), m.organisationKind(),
                m.issuer() == null ? null : m.issuer().evidence(), m.issuer() == null ? null : m.issuer().partial(),
                m.reportYear(), m.documentNumber(), m.signer(),
                m.recipient(), m.issuedDate(), m.publishedDate(), m.indexNumber(),
                m.creditCode() == null ? null : m.creditCode().value(),
                parsed.sections().stream().map(s -> PreviewSection.of(s, tagger)).toList(),
                parsed.commitments().stream().map(c -> new PreviewCommitment(c.title(), c.text(), c.targetYear(),
                        List.copyOf(tagger.tag(c.text())), c.span().start(), c.span().end())).toList(),
                parsed.problems().stream().map(p -> new PreviewCommitment(p.title(), p.text(), null,
                        List.copyOf(tagger.tag(p.text())), p.span().start(), p.span().end())).toList(),
                parsed.metrics().stream().map(MetricView::of).toList(),
                parsed.citations().stream().map(CitationView::of).toList(),
                parsed.findings().stream().map(FindingView::of).toList(),
                parsed.warnings());
    }
}
