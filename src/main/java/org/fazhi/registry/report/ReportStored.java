package org.fazhi.registry.report;

import java.util.Map;
import org.fazhi.registry.extraction.ParsedItem;
import org.fazhi.registry.extraction.ParsedReport;

/**
 * Fired inside the submitting transaction once a new report and its extracted structure are stored,
 * so other concerns (commitments and their follow-up) add their part atomically; once the transaction has
 * committed, subscribers are told ({@link ReportSubscriptionGraphQL}).
 *
 * @param itemIds the stored id of every parsed item, by identity
 */
public record ReportStored(Report report, ParsedReport parsed, Map<ParsedItem, Long> itemIds, String actor) {
}
