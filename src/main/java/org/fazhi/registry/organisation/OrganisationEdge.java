package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An organisation in a connection, with its cursor.")
public record OrganisationEdge(
        @NonNull @Description("Pass as `after` to continue after this organisation.") String cursor,
        @NonNull @Description("The organisation.") OrganisationView node) {
}
