package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ConfirmOrganisationInput")
@Description("An unconfirmed organisation a person has checked and found to be a body of its own.")
public record ConfirmOrganisationInput(
        @NonNull @Id @Description("The global ID of the organisation.") String organisationId,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
