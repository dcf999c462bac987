package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SetOrganisationParentInput")
@Description("Where an organisation belongs in the hierarchy.")
public record SetOrganisationParentInput(
        @NonNull @Id @Description("The global ID of the organisation to move.") String organisationId,
        @Id @Description("The global ID of its new parent, e.g. a department's government; null makes it a top-level organisation.") String parentId) {
}
