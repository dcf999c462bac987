package org.fazhi.registry.organisation;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.persistence.ViewLists;

/** The organisations part of the API. */
@GraphQLApi
public class OrganisationGraphQL {

    @Inject
    OrganisationQuery query;

    @Inject
    ViewLists lists;

    @Inject
    OrganisationService service;

    @Inject
    OrganisationNodeLoader loader;

    @Inject
    Caller caller;

    @Inject
    Context context;

    @Inject
    IdempotentWrites writes;

    @Query("organisation")
    @Description("One organisation by its global ID; null when none has it.")
    public OrganisationView organisation(@NonNull @Id @Name("id") @Description("The organisation's global ID.") String id) {
        return loader.find(id, Selection.fields(context, "Query", "organisation"));
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
        Conditions organisations = OrganisationQuery.conditions(filter);
        return OrganisationConnection.of(ordering.page(lists, OrganisationQuery.ORGANISATIONS, organisations,
                PageRequest.of(first, after), Selection.nodeFields(context, "Query", "organisations")), ordering,
                () -> lists.count(OrganisationQuery.ORGANISATIONS, organisations));
    }

    @Description("How many organisations the whole filtered list holds.")
    public int totalCount(@Source OrganisationConnection connection) {
        return connection.total().get();
    }

    @Mutation("upsertOrganisation")
    @Description("Creates an organisation or updates the one found by ID, credit code or external identifier; an update that changes no field writes nothing.")
    public @NonNull UpsertOrganisationPayload upsertOrganisation(
            @NonNull @Name("input") @Description("The organisation's data.") UpsertOrganisationInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("upsertOrganisation", actor.subject(), input.idempotencyKey(), input),
                UpsertOrganisationPayload.ANSWER, () -> UpsertOrganisationPayload.of(service.upsert(input, actor)));
    }

    @Description("The organisation this one belongs to, e.g. the government of a department.")
    public List<OrganisationView> parent(@Source List<OrganisationView> organisations) {
        Map<Long, OrganisationView> parents = query.byIds(organisations.stream()
                .map(OrganisationView::parentKey).filter(Objects::nonNull).collect(Collectors.toSet()),
                Selection.fields(context, "Organisation", "parent"));
        return organisations.stream().map(o -> o.parentKey() == null ? null : parents.get(o.parentKey())).toList();
    }

    @Description("Other names the body is known by: former names, abbreviations, traditional-character forms, names of records merged into it.")
    public List<@NonNull List<@NonNull String>> otherNames(@Source List<OrganisationView> organisations) {
        Map<Long, List<String>> names = query.otherNames(organisations.stream().map(OrganisationView::key).toList());
        return organisations.stream().map(o -> names.getOrDefault(o.key(), List.of())).toList();
    }

    @Transactional
    @Description("The organisation's identifiers in other systems.")
    public List<@NonNull List<@NonNull ExternalIdentifier>> identifiers(@Source List<OrganisationView> organisations) {
        Map<Long, List<ExternalIdentifier>> byOrganisation = OrganisationIdentifier
                .listForOrganisations(organisations.stream().map(OrganisationView::key).toList()).stream()
                .collect(Collectors.groupingBy(i -> i.organisationId,
                        Collectors.mapping(ExternalIdentifier::of, Collectors.toList())));
        return organisations.stream().map(o -> byOrganisation.getOrDefault(o.key(), List.of())).toList();
    }
}
