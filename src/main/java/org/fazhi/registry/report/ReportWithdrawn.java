package org.fazhi.registry.report;

/**
 * Fired inside the withdrawing transaction, so that what depended on the report is undone with it.
 *
 * @param restored the version current again in the withdrawn report's place; null when none is
 */
public record ReportWithdrawn(Report report, Report restored, String actor) {
}
