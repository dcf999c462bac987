package org.fazhi.registry.organisation;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;

/** The organisation hierarchy part of the API. */
@GraphQLApi
public class OrganisationParentGraphQL {

    @Inject
    OrganisationParentService service;

    @Inject
    Caller caller;

    @Transactional // the payload is read from the entities inside the mutation's transaction
    @Mutation("setOrganisationParent")
    @Description("Places an organisation under another one, or at the top of the hierarchy; refuses cycles.")
    public @NonNull SetOrganisationParentPayload setOrganisationParent(
            @NonNull @Name("input") @Description("The organisation and its new parent.") SetOrganisationParentInput input)
            throws AccessRefusedException {
        return SetOrganisationParentPayload.of(service.setParent(input, caller.requireRole(Role.EDITOR)));
    }
}
