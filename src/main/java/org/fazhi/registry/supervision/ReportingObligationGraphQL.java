package org.fazhi.registry.supervision;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;

/** Supervision: who must report, and by when. */
@GraphQLApi
public class ReportingObligationGraphQL {

    @Inject
    ObligationService obligations;

    @Inject
    DeadlineService deadlines;

    @Inject
    Caller caller;

    @Inject
    IdempotentWrites writes;

    @Mutation("setReportingObligations")
    @Description("Sets an integrator's list of the bodies that must report on a year, in a division or the whole country; it replaces the earlier list of that scope.")
    public @NonNull ReportingObligationsPayload setReportingObligations(
            @NonNull @Name("input") @Description("The year and the bodies.") SetReportingObligationsInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("setReportingObligations", actor.subject(), input.idempotencyKey(), input),
                ReportingObligationsPayload.ANSWER, () -> obligations.setList(input, actor));
    }

    @Mutation("deriveReportingObligations")
    @Description("Obliges every government of county level or higher in a division's subtree to report on a year, registering those the registry lacks, and their registered departments (by parent or division).")
    public @NonNull ReportingObligationsPayload deriveReportingObligations(
            @NonNull @Name("input") @Description("The year and the division.") DeriveReportingObligationsInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("deriveReportingObligations", actor.subject(), input.idempotencyKey(), input),
                ReportingObligationsPayload.ANSWER, () -> obligations.derive(input, actor));
    }

    @Mutation("setReportingDeadline")
    @Description("Sets the day before which reports must be public, for a division's subtree (or the whole country) and a year (or every year); provinces set earlier days for reporting upwards, e.g. 1 March.")
    public @NonNull SetReportingDeadlinePayload setReportingDeadline(
            @NonNull @Name("input") @Description("The rule.") SetReportingDeadlineInput input) throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("setReportingDeadline", actor.subject(), input.idempotencyKey(), input),
                SetReportingDeadlinePayload.ANSWER, () -> SetReportingDeadlinePayload.of(deadlines.set(input, actor)));
    }
}
