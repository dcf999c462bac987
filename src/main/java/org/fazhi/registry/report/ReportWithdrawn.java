package org.fazhi.registry.report;

/** Fired inside the withdrawing transaction, so that what depended on the report is undone with it. */
public record ReportWithdrawn(Report report, String actor) {
}
