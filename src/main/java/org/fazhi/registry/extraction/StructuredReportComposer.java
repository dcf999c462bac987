package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes the text of a structured report — title, then each section's heading and items, one a line —
 * and the {@link ParsedReport} whose spans point into it, so that structured and parsed reports are
 * stored, followed up and highlighted alike. Nothing is read from the text: metrics and citations stay
 * empty; compliance is checked on the sections given.
 */
public final class StructuredReportComposer {

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ComplianceChecker compliance = new ComplianceChecker();

    public ParsedReport compose(StructuredReport report) {
        StringBuilder text = new StringBuilder();
        ReportMetadata metadata = report.metadata();
        if (metadata.title() != null) {
            text.append(metadata.title()).append('\n');
        }
        List<ParsedSection> sections = new ArrayList<>();
        List<SectionBlock> blocks = new ArrayList<>();
        List<ParsedCommitment> commitments = new ArrayList<>();
        List<ParsedProblem> problems = new ArrayList<>();
        int planYear = report.planYear() != null ? report.planYear()
                : metadata.reportYear() == null ? 0 : metadata.reportYear() + 1;
        int ordinal = 0;
        for (StructuredReport.Section section : report.sections()) {
            ordinal++;
            int start = text.length();
            text.append(ordinal <= ORDINALS.length ? ORDINALS[ordinal - 1] : String.valueOf(ordinal)).append('、');
            int headingStart = text.length();
            text.append(section.heading() == null ? "" : section.heading()).append('\n');
            Span headingSpan = new Span(headingStart, text.length() - 1);
            int bodyStart = text.length();
            List<ParsedItem> items = items(section.items(), text);
            Span span = new Span(start, text.length());
            sections.add(new ParsedSection(section.kind(), section.heading(), ordinal, span, items));
            blocks.add(new SectionBlock(section.kind(), section.heading(), ordinal, span,
                    new Span(bodyStart, text.length()), headingSpan, null, 0, 0));
            if (section.kind() == SectionKind.NEXT_YEAR_PLAN) {
                items.forEach(i -> commitments.add(new ParsedCommitment(i, i.title(), i.text(), planYear, i.span())));
            } else if (section.kind() == SectionKind.PROBLEMS) {
                items.forEach(i -> problems.add(new ParsedProblem(i, i.title(), i.text(), i.span())));
            }
        }
        return new ParsedReport(text.toString(), Script.SIMPLIFIED, metadata, sections, commitments, problems,
                List.of(), List.of(), compliance.check(blocks, metadata), List.of());
    }

    private static List<ParsedItem> items(List<StructuredReport.Item> given, StringBuilder text) {
        List<ParsedItem> items = new ArrayList<>();
        int ordinal = 0;
        for (StructuredReport.Item item : given) {
            int start = text.length();
            if (item.marker() != null) {
                text.append(item.marker());
            }
            text.append(item.text()).append('\n');
            int end = text.length() - 1;
            List<ParsedItem> children = items(item.children(), text);
            int itemEnd = children.isEmpty() ? end : children.get(children.size() - 1).span().end();
            items.add(new ParsedItem(item.marker(), item.title(), item.text(), ++ordinal, new Span(start, itemEnd), children));
        }
        return items;
    }
}
