package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ConfirmOrganisationInput")
@Description("An unconfirmed organisation a person has checked and found to be a body of its own.")
public record ConfirmOrganisationInput(
        @NonNull @Id @Description("The global ID of the organisation.") String organisationId) {
}
