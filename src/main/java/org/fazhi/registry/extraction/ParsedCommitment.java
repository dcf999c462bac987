package org.fazhi.registry.extraction;

/**
 * One item of a NEXT_YEAR_PLAN section: something the body commits to do.
 *
 * @param targetYear the year named in the plan's heading, else the report year + 1; 0 when neither is known
 */
public record ParsedCommitment(ParsedItem item, String title, String text, int targetYear, Span span) {
}
