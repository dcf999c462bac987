package org.fazhi.registry.extraction;

import java.util.List;

/**
 * A part of the report: the preamble or a numbered heading (一、…) with what follows it.
 *
 * @param kind decided from the heading's words
 * @param heading the heading without its ordinal and trailing punctuation; null for the preamble
 * @param ordinal 0 for the preamble, then 1, 2, … in order of appearance
 * @param span from the heading to the end of the section
 * @param items the items directly under the heading
 */
public record ParsedSection(SectionKind kind, String heading, int ordinal, Span span, List<ParsedItem> items) {

    public ParsedSection {
        items = List.copyOf(items);
    }
}
