package org.fazhi.registry.supervision;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ObligationStatus")
@Description("Where one body obliged to report on a year stands.")
public record ObligationStatusView(
        @Ignore long organisationKey,
        @Ignore Long reportKey,
        @Ignore long ruleKey,
        @NonNull @Description("The year reported on.") int reportYear,
        @NonNull @Description("Why the body must report.") ObligationSource source,
        @NonNull @Description("Published on time or late, submitted without a publication date, or missing.") ReportingStatus status,
        @Description("When the current report was published; null when unknown or missing.") LocalDate publishedDate,
        @NonNull @Description("The last day a publication counts as on time (the day before the rule's due day).") LocalDate deadline,
        @Description("How many days after the deadline the report was published; null unless PUBLISHED_LATE.") Integer daysLate) {
}
