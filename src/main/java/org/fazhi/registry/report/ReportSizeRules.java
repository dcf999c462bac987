package org.fazhi.registry.report;

import java.util.List;
import org.fazhi.registry.extraction.ParsedItem;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/**
 * How many parts the registry keeps for one report. The 85 real report texts of the test data hold at most 42 items,
 * 5 commitments and 22 metrics; the limits leave some twenty times that room while bounding what one submission
 * writes, what its follow-up compares (200 commitments against 1,000 items) and what one read of a report's lists
 * returns: the schema states these numbers on the lists.
 */
public final class ReportSizeRules {

    public static final int MAX_ITEMS = 1_000;
    public static final int MAX_COMMITMENTS = 200;
    public static final int MAX_PROBLEMS = 200;
    public static final int MAX_METRICS = 2_000;
    public static final int MAX_CITATIONS = 1_000;

    private ReportSizeRules() {
    }

    /** Adds a REPORT_TOO_LARGE error about {@code field} for each kind of part {@code parsed} holds too many of. */
    static void check(ParsedReport parsed, String field, List<UserError> errors) {
        long items = parsed.sections().stream().mapToLong(s -> count(s.items())).sum();
        limit(items, MAX_ITEMS, "items", field, errors);
        limit(parsed.commitments().size(), MAX_COMMITMENTS, "commitments", field, errors);
        limit(parsed.problems().size(), MAX_PROBLEMS, "problems", field, errors);
        limit(parsed.metrics().size(), MAX_METRICS, "metrics", field, errors);
        limit(parsed.citations().size(), MAX_CITATIONS, "citations", field, errors);
    }

    /** Items at every level of nesting. */
    static long count(List<ParsedItem> items) {
        return items.size() + items.stream().mapToLong(i -> count(i.children())).sum();
    }

    static void limit(long count, int max, String parts, String field, List<UserError> errors) {
        if (count > max) {
            errors.add(UserError.of(field, UserErrorCode.REPORT_TOO_LARGE,
                    "the report holds " + count + " " + parts + "; the registry keeps at most " + max + " per report"));
        }
    }
}
