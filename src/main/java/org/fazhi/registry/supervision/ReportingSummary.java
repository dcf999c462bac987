package org.fazhi.registry.supervision;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How the bodies obliged to report stand, together.")
public record ReportingSummary(
        @NonNull @Description("How many bodies must report.") int obliged,
        @NonNull @Description("How many have a report in the registry, published or not.") int submitted,
        @NonNull @Description("How many published their report before the deadline.") int publishedOnTime,
        @NonNull @Description("How many published it on or after the deadline.") int publishedLate,
        @NonNull @Description("How many submitted a report whose publication date is unknown.") int submittedNoPublicationDate,
        @NonNull @Description("How many have no current report in the registry.") int missing,
        @Description("报送率: the share of obliged bodies with a report in the registry, 0–1; null when none is obliged.") Double submissionRate,
        @Description("按时公开率: the share of obliged bodies that published before the deadline, 0–1; null when none is obliged. A report without a publication date never counts as on time.") Double onTimeRate) {

    /** No body obliged. */
    public static final ReportingSummary NONE = new ReportingSummary(0, 0, 0, 0, 0, 0, null, null);

    /** The summary of the counts {@link ObligationStatusSql#SUMMARY} selects, starting at {@code offset} of {@code row}. */
    public static ReportingSummary of(Object[] row, int offset) {
        int obliged = count(row[offset]);
        int onTime = count(row[offset + 1]);
        int missing = count(row[offset + 4]);
        return new ReportingSummary(obliged, obliged - missing, onTime, count(row[offset + 2]), count(row[offset + 3]),
                missing, share(obliged - missing, obliged), share(onTime, obliged));
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
