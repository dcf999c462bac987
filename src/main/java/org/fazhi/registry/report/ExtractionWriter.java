package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.extraction.ComplianceFinding;
import org.fazhi.registry.extraction.ParsedCitation;
import org.fazhi.registry.extraction.ParsedItem;
import org.fazhi.registry.extraction.ParsedMetric;
import org.fazhi.registry.extraction.ParsedProblem;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ParsedSection;

/** Stores what the parser read from a report: sections, items, problems, metrics, citations and findings. */
@ApplicationScoped
public class ExtractionWriter {

    /** Writes the structure of {@code parsed} for the stored {@code report}; returns the id of every item. */
    public Map<ParsedItem, Long> write(Report report, ParsedReport parsed) {
        Map<ParsedItem, Long> itemIds = new IdentityHashMap<>();
        for (ParsedSection parsedSection : parsed.sections()) {
            Section section = new Section();
            section.reportId = report.id;
            section.kind = parsedSection.kind();
            section.heading = parsedSection.heading();
            section.ordinal = parsedSection.ordinal();
            section.startOffset = parsedSection.span().start();
            section.endOffset = parsedSection.span().end();
            section.persist();
            writeItems(report.id, section.id, null, 0, parsedSection.items(), itemIds);
        }
        int ordinal = 0;
        for (ParsedProblem parsedProblem : parsed.problems()) {
            writeProblem(report.id, parsedProblem, ++ordinal, itemIds);
        }
        parsed.metrics().forEach(m -> writeMetric(report.id, m));
        parsed.citations().forEach(c -> writeCitation(report.id, c));
        parsed.findings().forEach(f -> writeFinding(report.id, f));
        return itemIds;
    }

    private static void writeItems(long reportId, long sectionId, Long parentId, int depth, List<ParsedItem> items,
            Map<ParsedItem, Long> itemIds) {
        for (ParsedItem parsedItem : items) {
            Item item = new Item();
            item.reportId = reportId;
            item.sectionId = sectionId;
            item.parentId = parentId;
            item.marker = parsedItem.marker();
            item.title = parsedItem.title();
            item.text = parsedItem.text();
            item.ordinal = parsedItem.ordinal();
            item.depth = depth;
            item.themes = ThemeNames.of(parsedItem.text());
            item.startOffset = parsedItem.span().start();
            item.endOffset = parsedItem.span().end();
            item.persist();
            itemIds.put(parsedItem, item.id);
            writeItems(reportId, sectionId, item.id, depth + 1, parsedItem.children(), itemIds);
        }
    }

    private static void writeProblem(long reportId, ParsedProblem parsed, int ordinal, Map<ParsedItem, Long> itemIds) {
        Problem problem = new Problem();
        problem.reportId = reportId;
        problem.itemId = itemIds.get(parsed.item());
        problem.title = parsed.title();
        problem.text = parsed.text();
        problem.ordinal = ordinal;
        problem.themes = ThemeNames.of(parsed.text());
        problem.startOffset = parsed.span().start();
        problem.endOffset = parsed.span().end();
        problem.persist();
    }

    private static void writeMetric(long reportId, ParsedMetric parsed) {
        Metric metric = new Metric();
        metric.reportId = reportId;
        metric.value = parsed.value();
        metric.unit = parsed.unit();
        metric.qualifier = parsed.qualifier();
        metric.about = parsed.about();
        metric.indicator = MetricIndicator.of(parsed.about(), parsed.unit());
        metric.startOffset = parsed.span().start();
        metric.endOffset = parsed.span().end();
        metric.persist();
    }

    private static void writeCitation(long reportId, ParsedCitation parsed) {
        Citation citation = new Citation();
        citation.reportId = reportId;
        citation.title = parsed.title();
        citation.canonicalTitle = parsed.canonicalTitle();
        citation.kind = parsed.kind();
        citation.occurrences = parsed.occurrences();
        citation.startOffset = parsed.firstSpan().start();
        citation.endOffset = parsed.firstSpan().end();
        citation.persist();
    }

    private static void writeFinding(long reportId, ComplianceFinding parsed) {
        Finding finding = new Finding();
        finding.reportId = reportId;
        finding.rule = parsed.rule();
        finding.severity = parsed.severity();
        finding.message = parsed.message();
        if (parsed.span() != null) {
            finding.startOffset = parsed.span().start();
            finding.endOffset = parsed.span().end();
        }
        finding.persist();
    }
}
