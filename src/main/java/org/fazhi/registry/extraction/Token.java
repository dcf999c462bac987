package org.fazhi.registry.extraction;

/**
 * A term of a text as the follow-up matcher compares it, with where it stands in that text.
 *
 * @param start the first character's offset in the matching text
 * @param end the offset after the last character
 */
public record Token(String term, int start, int end) {
}
