package org.fazhi.registry.organisation;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;

/** The organisation hierarchy part of the API. */
@GraphQLApi
public class OrganisationParentGraphQL {

    @Inject
    OrganisationParentService service;

    @Inject
    Caller caller;

    @Inject
    IdempotentWrites writes;

    @Mutation("setOrganisationParent")
    @Description("Places an organisation under another one, or at the top of the hierarchy; refuses cycles.")
    public @NonNull SetOrganisationParentPayload setOrganisationParent(
            @NonNull @Name("input") @Description("The organisation and its new parent.") SetOrganisationParentInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("setOrganisationParent", actor.subject(), input.idempotencyKey(), input),
                SetOrganisationParentPayload.ANSWER, () -> SetOrganisationParentPayload.of(service.setParent(input, actor)));
    }
}
