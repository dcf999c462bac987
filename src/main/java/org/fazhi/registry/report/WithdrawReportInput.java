package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("WithdrawReportInput")
@Description("A report to withdraw. It is kept for the record with state WITHDRAWN.")
public record WithdrawReportInput(
        @NonNull @Id @Description("The global ID of the report.") String reportId,
        @NonNull @Description("Why the report is withdrawn, e.g. 误发，以正式印发文本为准.") String reason,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
