package org.fazhi.registry.extraction;

/** One item of a PROBLEMS section: a shortcoming the body admits. */
public record ParsedProblem(ParsedItem item, String title, String text, Span span) {
}
