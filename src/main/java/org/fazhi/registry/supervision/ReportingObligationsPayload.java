package org.fazhi.registry.supervision;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.UserError;

@Description("The result of `setReportingObligations` or `deriveReportingObligations`.")
public record ReportingObligationsPayload(
        @NonNull @Description("How many obligations the call added.") int added,
        @NonNull @Description("How many listed obligations the call dropped because the new list leaves them out.") int removed,
        @NonNull @Description("How many governments the map rule registered because the registry did not know them yet.") int organisationsCreated,
        @NonNull @Description("Why the input was refused; empty on success (nothing was changed otherwise).") List<@NonNull UserError> userErrors) {

    static final AnswerType<ReportingObligationsPayload> ANSWER = new AnswerType<>(ReportingObligationsPayload.class,
            ReportingObligationsPayload::userErrors, ReportingObligationsPayload::refused);

    static ReportingObligationsPayload refused(List<UserError> errors) {
        return new ReportingObligationsPayload(0, 0, 0, List.copyOf(errors));
    }
}
