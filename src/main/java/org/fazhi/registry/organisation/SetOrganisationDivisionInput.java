package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SetOrganisationDivisionInput")
@Description("The division an organisation serves, e.g. the candidate a person picked for a name several divisions share.")
public record SetOrganisationDivisionInput(
        @NonNull @Id @Description("The global ID of the organisation.") String organisationId,
        @NonNull @Description("The division's code: six digits (GB/T 2260), or nine for a township.") String divisionCode,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
