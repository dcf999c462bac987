package org.fazhi.registry.organisation;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;

/** The organisations part of the API. */
@GraphQLApi
@Transactional // each resolver in a transaction of its own: its connection is released when it returns
public class OrganisationGraphQL {

    @Inject
    OrganisationQuery query;

    @Inject
    OrganisationService service;

    @Inject
    OrganisationNodeLoader loader;

    @Inject
    Caller caller;

    @Query("organisation")
    @Description("One organisation by its global ID; null when none has it.")
    public OrganisationView organisation(@NonNull @Id @Name("id") @Description("The organisation's global ID.") String id) {
        return loader.find(id);
    }

    @Query("organisations")
    @Description("Organisations, filtered, ordered (by default in the order they were registered) and paged.")
    public @NonNull OrganisationConnection organisations(
            @Name("first") @Description("How many organisations to return, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return organisations after this cursor.") String after,
            @Name("filter") @Description("Which organisations to return.") OrganisationFilter filter,
            @Name("orderBy") @Description("The order to return them in; by registration when omitted.") OrganisationOrder orderBy)
            throws InvalidArgumentException {
        Ordering<OrganisationView> ordering = OrganisationOrder.ordering(orderBy);
        return OrganisationConnection.of(query.page(filter, ordering, PageRequest.of(first, after))
                .map(OrganisationView::of), ordering);
    }

    @Transactional // the payload is read from the entities inside the mutation's transaction
    @Mutation("upsertOrganisation")
    @Description("Creates an organisation or updates the one found by ID, credit code or external identifier.")
    public @NonNull UpsertOrganisationPayload upsertOrganisation(
            @NonNull @Name("input") @Description("The organisation's data.") UpsertOrganisationInput input)
            throws AccessRefusedException {
        return UpsertOrganisationPayload.of(service.upsert(input, caller.requireRole(Role.EDITOR)));
    }

    @Description("The organisation this one belongs to, e.g. the government of a department.")
    public List<OrganisationView> parent(@Source List<OrganisationView> organisations) {
        Map<Long, Organisation> parents = query.byIds(organisations.stream()
                .map(OrganisationView::parentKey).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return organisations.stream()
                .map(o -> o.parentKey() == null ? null : parents.get(o.parentKey()))
                .map(p -> p == null ? null : OrganisationView.of(p))
                .toList();
    }

    @Description("The organisation's identifiers in other systems.")
    public List<@NonNull List<@NonNull ExternalIdentifier>> identifiers(@Source List<OrganisationView> organisations) {
        Map<Long, List<ExternalIdentifier>> byOrganisation = OrganisationIdentifier
                .listForOrganisations(organisations.stream().map(OrganisationView::key).toList()).stream()
                .collect(Collectors.groupingBy(i -> i.organisationId,
                        Collectors.mapping(ExternalIdentifier::of, Collectors.toList())));
        return organisations.stream().map(o -> byOrganisation.getOrDefault(o.key(), List.of())).toList();
    }
}
