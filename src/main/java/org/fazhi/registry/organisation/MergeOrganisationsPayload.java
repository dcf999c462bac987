package org.fazhi.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;

@Description("The result of `mergeOrganisations`.")
public record MergeOrganisationsPayload(
        @Description("The organisation that remains, with the merged one's names among its other names; null when the input was refused.") OrganisationView organisation,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static final AnswerType<MergeOrganisationsPayload> ANSWER = new AnswerType<>(MergeOrganisationsPayload.class,
            MergeOrganisationsPayload::userErrors, errors -> of(Outcome.refused(errors)));

    static MergeOrganisationsPayload of(Outcome<Organisation> outcome) {
        return new MergeOrganisationsPayload(outcome.value() == null ? null : OrganisationView.of(outcome.value()),
                outcome.userErrors());
    }
}
