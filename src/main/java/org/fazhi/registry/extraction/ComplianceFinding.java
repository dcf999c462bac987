package org.fazhi.registry.extraction;

/**
 * A way the report falls short of the regulation.
 *
 * @param span where in the text the finding applies; null when it is about something absent
 */
public record ComplianceFinding(ComplianceRule rule, Severity severity, String message, Span span) {
}
