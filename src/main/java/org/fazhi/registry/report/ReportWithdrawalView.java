package org.fazhi.registry.report;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ReportWithdrawal")
@Description("Why and by whom a report was withdrawn.")
public record ReportWithdrawalView(
        @NonNull @Description("The reason the editor gave.") String reason,
        @Ignore String withdrawer,
        @NonNull @Description("When the report was withdrawn.") OffsetDateTime withdrawnAt) {

    static ReportWithdrawalView of(ReportWithdrawal w) {
        return new ReportWithdrawalView(w.reason, w.withdrawnBy, w.withdrawnAt);
    }
}
