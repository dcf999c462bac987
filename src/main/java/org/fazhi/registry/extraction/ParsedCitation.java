package org.fazhi.registry.extraction;

/**
 * A 《…》 title cited in the report, counted over all its occurrences.
 *
 * @param title as written, in simplified characters, spaces removed
 * @param canonicalTitle the title laws are known by: 中华人民共和国 dropped
 * @param firstSpan the first occurrence including its 《》
 */
public record ParsedCitation(String title, String canonicalTitle, CitationKind kind, int occurrences, Span firstSpan) {
}
