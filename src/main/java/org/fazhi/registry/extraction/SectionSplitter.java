package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits the normalised text at its section headings (一、 二、 …, numbered in sequence) into a preamble and
 * sections, and sets the closing block apart so that a signature never becomes an item.
 */
final class SectionSplitter {

    /** Trailing lines this short without clause punctuation may be a signature, date or print line. */
    private static final int MAX_CLOSING_LINE = 40;
    private static final String CLAUSE_PUNCTUATION = "。；，！？";
    /** Heading text ends at its first full stop; what follows on the line is body. */
    private static final String HEADING_TRIM = "；;：:。，,";

    private final SectionClassifier classifier = new SectionClassifier();

    Outline split(String text) {
        List<TextLine> lines = TextLine.of(text);
        int closing = closingStart(lines);
        List<Integer> headings = headingLines(lines, closing);
        List<SectionBlock> sections = new ArrayList<>();
        int firstHeading = headings.isEmpty() ? closing : headings.get(0);
        if (firstHeading > 0) {
            Span span = new Span(lines.get(0).start(), lines.get(firstHeading - 1).end());
            sections.add(new SectionBlock(SectionKind.PREAMBLE, null, 0, span, span, null, null, 0, firstHeading));
        }
        for (int h = 0; h < headings.size(); h++) {
            int first = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1) : closing;
            sections.add(section(lines, first, end, h + 1));
        }
        return new Outline(lines, sections, closing);
    }

    private SectionBlock section(List<TextLine> lines, int first, int end, int ordinal) {
        TextLine line = lines.get(first);
        Matcher numeral = Markers.SECTION_HEADING.matcher(line.text());
        numeral.lookingAt();
        int fullStop = line.text().indexOf('。', numeral.end());
        int headingEnd = fullStop < 0 ? line.text().length() : fullStop;
        String heading = trimEnd(line.text().substring(numeral.end(), headingEnd));
        int bodyStart = fullStop < 0 ? line.end() : line.start() + fullStop + 1;
        int sectionEnd = lines.get(end - 1).end();
        Span span = new Span(line.start(), sectionEnd);
        return new SectionBlock(classifier.classify(heading), heading, ordinal, span,
                new Span(Math.min(bodyStart, sectionEnd), sectionEnd), line.span(), yearIn(heading), first, end);
    }

    /** Lines opening with 一、 二、 … in unbroken sequence; a stray 一、 inside a section is not a heading. */
    private static List<Integer> headingLines(List<TextLine> lines, int closing) {
        List<Integer> headings = new ArrayList<>();
        int expected = 0;
        for (int i = 0; i < closing; i++) {
            Matcher m = Markers.SECTION_HEADING.matcher(lines.get(i).text());
            if (!m.lookingAt()) {
                continue;
            }
            int number = Markers.hanNumeral(m.group(1));
            if (number > 0 && (expected == 0 || number == expected)) {
                headings.add(i);
                expected = number + 1;
            }
        }
        return headings;
    }

    /** Where the trailing block of signature, date, print and metadata lines begins. */
    private static int closingStart(List<TextLine> lines) {
        int start = lines.size();
        while (start > 1 && isClosingLine(lines.get(start - 1).text())) {
            start--;
        }
        return start;
    }

    private static boolean isClosingLine(String line) {
        if (Fields.isFieldLine(line) || Dates.isDateLine(line)) {
            return true;
        }
        return line.length() <= MAX_CLOSING_LINE && !Chars.containsAny(line, CLAUSE_PUNCTUATION)
                && !Markers.startsWithMarker(line)
                && (Dates.endsWithDate(line) || Organisations.isName(line) || line.contains("此件"));
    }

    private static String trimEnd(String heading) {
        int end = heading.length();
        while (end > 0 && HEADING_TRIM.indexOf(heading.charAt(end - 1)) >= 0) {
            end--;
        }
        return heading.substring(0, end);
    }

    /** The year a heading names: 2025年主要工作安排 → 2025; a range such as 2021－2025年 names none. */
    static Integer yearIn(String heading) {
        Matcher m = Dates.YEAR.matcher(heading);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
