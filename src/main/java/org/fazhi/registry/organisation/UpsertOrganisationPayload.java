package org.fazhi.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserWarning;

@Description("The result of `upsertOrganisation`.")
public record UpsertOrganisationPayload(
        @Description("The organisation as stored; null when the input was refused.") OrganisationView organisation,
        @NonNull @Description("True when a new organisation was created, false when an existing one was updated or nothing changed.") boolean created,
        @NonNull @Description("False when the call wrote nothing: the organisation already had every field as given (a nightly sync of unchanged data), or the input was refused. No change event is written then.") boolean changed,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors,
        @NonNull @Description("What is doubtful about the stored organisation, e.g. a credit code issued in another region than its division; empty when nothing is.") List<@NonNull UserWarning> warnings) {

    static final AnswerType<UpsertOrganisationPayload> ANSWER = new AnswerType<>(UpsertOrganisationPayload.class,
            UpsertOrganisationPayload::userErrors, errors -> of(Outcome.refused(errors)));

    static UpsertOrganisationPayload of(Outcome<Organisation> outcome) {
        OrganisationView view = outcome.value() == null ? null : OrganisationView.of(outcome.value());
        return new UpsertOrganisationPayload(view, outcome.created(), outcome.changed(), outcome.userErrors(),
                OrganisationPlacement.warnings(outcome.value()));
    }
}
