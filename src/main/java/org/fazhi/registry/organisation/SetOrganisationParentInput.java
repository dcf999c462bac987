package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SetOrganisationParentInput")
@Description("Where an organisation belongs in the hierarchy.")
public record SetOrganisationParentInput(
        @NonNull @Id @Description("The global ID of the organisation to move.") String organisationId,
        @Id @Description("The global ID of its new parent, e.g. a department's government; null makes it a top-level organisation.") String parentId,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
