package org.fazhi.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserWarning;

@Description("The result of `setOrganisationDivision`.")
public record SetOrganisationDivisionPayload(
        @Description("The organisation on its division; null when the input was refused.") OrganisationView organisation,
        @NonNull @Description("False when the call wrote nothing: the organisation already was as asked, or the input was refused. No change event is written then.") boolean changed,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors,
        @NonNull @Description("What is doubtful about the stored organisation, e.g. a credit code issued in another region; empty when nothing is.") List<@NonNull UserWarning> warnings) {

    static final AnswerType<SetOrganisationDivisionPayload> ANSWER = new AnswerType<>(SetOrganisationDivisionPayload.class,
            SetOrganisationDivisionPayload::userErrors, errors -> of(Outcome.refused(errors)));

    static SetOrganisationDivisionPayload of(Outcome<Organisation> outcome) {
        OrganisationView view = outcome.value() == null ? null : OrganisationView.of(outcome.value());
        return new SetOrganisationDivisionPayload(view, outcome.changed(), outcome.userErrors(),
                OrganisationPlacement.warnings(outcome.value()));
    }
}
