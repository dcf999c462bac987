package org.fazhi.registry.extraction;

/**
 * A section as the splitter finds it, before its items are read.
 *
 * @param body the text after the heading, where the items are
 * @param headingSpan the heading line; null for the preamble
 * @param headingYear the year the heading names (2025年主要工作安排 → 2025), or null
 * @param firstLine index of the section's first line
 * @param endLine index after its last line
 */
record SectionBlock(SectionKind kind, String heading, int ordinal, Span span, Span body, Span headingSpan,
        Integer headingYear, int firstLine, int endLine) {
}
