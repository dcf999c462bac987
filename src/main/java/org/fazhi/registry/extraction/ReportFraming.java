package org.fazhi.registry.extraction;

/**
 * A parsed report split into the text that frames its work and the text that reports or plans it. The framing is
 * the preamble (guiding thought, summary) and each section's lead before its first numbered item (2025年，我区将
 * 坚持…); the rest is the numbered items, where the measures and commitments of one field of work stand.
 *
 * @param framing the framing paragraphs, one a line
 * @param items the numbered items' text, one section a line
 */
record ReportFraming(String framing, String items) {

    static ReportFraming of(ParsedReport report) {
        String text = report.normalisedText();
        StringBuilder framing = new StringBuilder();
        StringBuilder items = new StringBuilder();
        for (ParsedSection section : report.sections()) {
            int start = section.span().start();
            int end = section.span().end();
            int firstItem = section.items().stream().filter(item -> item.marker() != null)
                    .mapToInt(item -> item.span().start()).min().orElse(end);
            framing.append(text, start, firstItem).append('\n');
            items.append(text, firstItem, end).append('\n');
        }
        return new ReportFraming(framing.toString(), items.toString());
    }
}
