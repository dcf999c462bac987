package org.fazhi.registry.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a 法治政府建设年度报告 as a careful person would: normalise → sections → metadata → items →
 * commitments and problems → citations → metrics → compliance. Stateless and thread-safe; cheap to create,
 * but a single instance serves any number of threads.
 */
public final class ReportParser {

    /** Stored with each report so that results can be traced to the rules that produced them. */
    public static final String VERSION = "1.0.0";

    private final Normaliser normaliser = new Normaliser();
    private final SectionSplitter splitter = new SectionSplitter();
    private final MetadataReader metadataReader = new MetadataReader();
    private final ItemParser itemParser = new ItemParser();
    private final CitationExtractor citationExtractor = new CitationExtractor();
    private final MetricExtractor metricExtractor = new MetricExtractor();
    private final ComplianceChecker complianceChecker = new ComplianceChecker();

    public ReportParser() {
    }

    /**
     * Parses one report. Never throws for any text.
     *
     * @throws IllegalArgumentException when {@code text} is null
     */
    public ParsedReport parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses one report whose publication date the submitter knows (the web page's date, say): it
     * replaces any date the text gives, and the compliance check of Art. 24 uses it.
     */
    public ParsedReport parse(String text, LocalDate publishedDate) {
        return parse(text, Map.of(), publishedDate);
    }

    /**
     * Parses one report read from a document that states metadata apart from its text, such as the disclosure
     * table of a web page: {@code fields} maps each label as the publisher writes it (索引号, 发布机构, 成文日期 …)
     * to its value. A stated field outranks what the text says; unknown labels are ignored.
     */
    public ParsedReport parse(String text, Map<String, String> fields, LocalDate publishedDate) {
        if (text == null || fields == null) {
            throw new IllegalArgumentException("text and fields are required");
        }
        NormalisedText normalised = normaliser.normalise(text);
        String normal = normalised.text();
        Outline outline = splitter.split(normal);
        ReportMetadata read = metadataReader.read(normal, outline, normalised(fields));
        ReportMetadata metadata = publishedDate == null ? read : read.withPublishedDate(publishedDate);

        List<ParsedSection> sections = new ArrayList<>();
        List<ParsedCommitment> commitments = new ArrayList<>();
        List<ParsedProblem> problems = new ArrayList<>();
        Integer reportYear = metadata.reportYear();
        for (SectionBlock block : outline.sections()) {
            List<ParsedItem> items = block.kind() == SectionKind.PREAMBLE
                    ? List.of() : itemParser.parse(normal, block.body(), block.kind());
            sections.add(new ParsedSection(block.kind(), block.heading(), block.ordinal(), block.span(), items));
            if (block.kind() == SectionKind.NEXT_YEAR_PLAN) {
                int targetYear = block.headingYear() != null ? block.headingYear() : reportYear != null ? reportYear + 1 : 0;
                items.forEach(item -> commitments.add(new ParsedCommitment(item, item.title(), item.text(), targetYear, item.span())));
            } else if (block.kind() == SectionKind.PROBLEMS) {
                items.forEach(item -> problems.add(new ParsedProblem(item, item.title(), item.text(), item.span())));
            }
        }
        List<ParsedCitation> citations = citationExtractor.extract(normal);
        List<ParsedMetric> metrics = metricExtractor.extract(normal, metadataLines(outline));
        List<ComplianceFinding> findings = complianceChecker.check(outline.sections(), metadata);
        return new ParsedReport(normal, normalised.script(), metadata, sections, commitments, problems, metrics,
                citations, findings, warnings(metadata, commitments));
    }

    /** Labels and values normalised as the text is: simplified characters, full-width punctuation, no blanks. */
    private Map<String, String> normalised(Map<String, String> fields) {
        Map<String, String> normal = new LinkedHashMap<>();
        fields.forEach((label, value) -> normal.putIfAbsent(normaliser.normalise(label).text(),
                normaliser.normalise(value).text()));
        return normal;
    }

    /** The lines of the website's metadata table, in text order. */
    private static List<Span> metadataLines(Outline outline) {
        return outline.lines().stream().filter(line -> Fields.isFieldLine(line.text())).map(TextLine::span).toList();
    }

    private static List<String> warnings(ReportMetadata metadata, List<ParsedCommitment> commitments) {
        List<String> warnings = new ArrayList<>();
        if (metadata.organisationName() == null) {
            warnings.add("the report does not name its organisation: it must be given on submission");
        } else if (metadata.issuer().partial()) {
            warnings.add("the report names its organisation without its place (" + metadata.organisationName()
                    + "): confirm which body it is");
        }
        if (metadata.reportYear() == null) {
            warnings.add("the report does not name the year it covers: it must be given on submission");
        }
        if (commitments.stream().anyMatch(c -> c.targetYear() == 0)) {
            warnings.add("the target year of the plan is unknown");
        }
        return warnings;
    }
}
