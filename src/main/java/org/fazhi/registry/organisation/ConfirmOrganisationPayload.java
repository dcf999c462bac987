package org.fazhi.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;

@Description("The result of `confirmOrganisation`.")
public record ConfirmOrganisationPayload(
        @Description("The organisation, now confirmed and without candidates; null when the input was refused.") OrganisationView organisation,
        @NonNull @Description("False when the call wrote nothing: the organisation already was as asked, or the input was refused. No change event is written then.") boolean changed,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static final AnswerType<ConfirmOrganisationPayload> ANSWER = new AnswerType<>(ConfirmOrganisationPayload.class,
            ConfirmOrganisationPayload::userErrors, errors -> of(Outcome.refused(errors)));

    static ConfirmOrganisationPayload of(Outcome<Organisation> outcome) {
        return new ConfirmOrganisationPayload(outcome.value() == null ? null : OrganisationView.of(outcome.value()),
                outcome.changed(), outcome.userErrors());
    }
}
