package org.fazhi.registry.report;

import java.util.List;

/**
 * Fired inside a merge once the merged organisation's reports belong to the one that remains, so that what hangs
 * on reports (commitments and their follow-up) moves and is followed up anew in the same transaction.
 *
 * @param years the report years that moved, in order
 */
public record ReportsMoved(long fromOrganisationId, long toOrganisationId, List<Integer> years, String actor) {
}
