package org.fazhi.registry.organisation;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;

/** Who an organisation read from a text is: its candidates, and the decisions a person takes on them. */
@GraphQLApi
public class OrganisationIdentityGraphQL {

    @Inject
    OrganisationMergeService service;

    @Inject
    OrganisationQuery query;

    @Inject
    Caller caller;

    @Inject
    Context context;

    @Inject
    IdempotentWrites writes;

    @Mutation("mergeOrganisations")
    @Description("Merges two records of one body: the source's reports, commitments, names, identifiers and children "
            + "pass to the target, the source's names stay as other names, and the source is deleted (a MERGED change event).")
    public @NonNull MergeOrganisationsPayload mergeOrganisations(
            @NonNull @Name("input") @Description("The organisation merged away and the one that remains.") MergeOrganisationsInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("mergeOrganisations", actor.subject(), input.idempotencyKey(), input),
                MergeOrganisationsPayload.ANSWER, () -> MergeOrganisationsPayload.of(service.merge(input, actor)));
    }

    @Mutation("confirmOrganisation")
    @Description("Records that an unconfirmed organisation is a body of its own: it becomes confirmed and loses its candidates.")
    public @NonNull ConfirmOrganisationPayload confirmOrganisation(
            @NonNull @Name("input") @Description("The organisation confirmed.") ConfirmOrganisationInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("confirmOrganisation", actor.subject(), input.idempotencyKey(), input),
                ConfirmOrganisationPayload.ANSWER, () -> ConfirmOrganisationPayload.of(service.confirm(input, actor)));
    }

    @Description("For an unconfirmed organisation, the registered bodies it may be; empty once settled.")
    public List<@NonNull List<@NonNull OrganisationView>> candidates(@Source List<OrganisationView> organisations) {
        Map<Long, List<Long>> candidateIds = query.candidateIds(organisations.stream().map(OrganisationView::key)
                .collect(Collectors.toSet()));
        Map<Long, OrganisationView> byId = query.byIds(candidateIds.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()), Selection.fields(context, "Organisation", "candidates"));
        return organisations.stream().map(o -> candidateIds.getOrDefault(o.key(), List.of()).stream()
                .map(byId::get).filter(Objects::nonNull).toList()).toList();
    }
}
