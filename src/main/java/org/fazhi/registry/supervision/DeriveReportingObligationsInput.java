package org.fazhi.registry.supervision;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DeriveReportingObligationsInput")
@Description("Derives from the map who must report on a year in a division's subtree: every government of county level or higher, registered when it is not yet, and their registered departments.")
public record DeriveReportingObligationsInput(
        @NonNull @Description("The year reported on.") int reportYear,
        @NonNull @Description("The division whose subtree to derive for, e.g. 500000 for 重庆市.") String divisionCode,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
