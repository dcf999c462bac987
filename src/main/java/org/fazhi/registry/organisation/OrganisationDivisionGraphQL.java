package org.fazhi.registry.organisation;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
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
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.division.DivisionView;

/** Organisations on the administrative map. */
@GraphQLApi
public class OrganisationDivisionGraphQL {

    @Inject
    DivisionDirectory divisions;

    @Inject
    DivisionCandidates candidates;

    @Inject
    OrganisationDivisionService service;

    @Inject
    Caller caller;

    @Inject
    IdempotentWrites writes;

    @Description("The administrative division the organisation serves; null while it is unknown or only candidates are.")
    public List<DivisionView> division(@Source List<OrganisationView> organisations) {
        return organisations.stream().map(o -> view(o.divisionCode())).toList();
    }

    @Description("The divisions the organisation's name fits when it fits several (东城街道); empty once its division is known. `setOrganisationDivision` picks one.")
    public List<@NonNull List<@NonNull DivisionView>> divisionCandidates(@Source List<OrganisationView> organisations) {
        Map<Long, List<String>> byOrganisation = candidates.of(organisations.stream().map(OrganisationView::key).toList());
        return organisations.stream().map(o -> byOrganisation.getOrDefault(o.key(), List.of()).stream()
                .map(this::view).toList()).toList();
    }

    @Mutation("setOrganisationDivision")
    @Description("Puts an organisation on a division of the map, e.g. the candidate a person picked; refuses codes the table does not hold.")
    public @NonNull SetOrganisationDivisionPayload setOrganisationDivision(
            @NonNull @Name("input") @Description("The organisation and its division.") SetOrganisationDivisionInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("setOrganisationDivision", actor.subject(), input.idempotencyKey(), input),
                SetOrganisationDivisionPayload.ANSWER, () -> SetOrganisationDivisionPayload.of(service.setDivision(input, actor)));
    }

    private DivisionView view(String code) {
        DivisionRecord division = code == null ? null : divisions.byCode(code);
        return division == null ? null : DivisionView.of(division);
    }
}
