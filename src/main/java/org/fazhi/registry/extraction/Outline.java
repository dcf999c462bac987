package org.fazhi.registry.extraction;

import java.util.List;

/**
 * The shape of a report: its lines, its sections in order, and where the closing block (signature, date,
 * print line, trailing metadata table) begins.
 */
record Outline(List<TextLine> lines, List<SectionBlock> sections, int closingLine) {

    /** The lines of the closing block. */
    List<TextLine> closing() {
        return lines.subList(closingLine, lines.size());
    }

    /** The preamble's lines, empty when the report opens with a heading. */
    List<TextLine> preamble() {
        return sections.isEmpty() || sections.get(0).kind() != SectionKind.PREAMBLE
                ? List.of() : lines.subList(0, sections.get(0).endLine());
    }
}
