package org.fazhi.registry.organisation;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.extraction.CreditCode;
import org.fazhi.registry.graphql.BatchArgumentException;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.ParentCounts;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.graphql.UniformArguments;

/** Organisations found by the keys integrators hold, and the organisations below them. */
@GraphQLApi
public class OrganisationLookupGraphQL {

    @Inject
    OrganisationTree tree;

    @Inject
    Context context;

    @Transactional
    @Query("organisationByCreditCode")
    @Description("The organisation with this unified social credit code (统一社会信用代码); null when none has it.")
    public OrganisationView organisationByCreditCode(
            @NonNull @Name("code") @Description("18 characters; the check character is verified.") String code)
            throws InvalidArgumentException {
        CreditCode creditCode = CreditCode.parse(code).orElseThrow(() -> new InvalidArgumentException(
                "not a valid unified social credit code (GB 32100-2015): " + code));
        return Organisation.findByCreditCode(creditCode.value()).map(OrganisationView::of).orElse(null);
    }

    @Transactional
    @Query("organisationByIdentifier")
    @Description("The organisation an integrator's system knows by this identifier; null when none has it.")
    public OrganisationView organisationByIdentifier(
            @NonNull @Name("scheme") @Description("The system or register the identifier belongs to.") String scheme,
            @NonNull @Name("value") @Description("The identifier in that system.") String value) {
        Optional<OrganisationIdentifier> identifier = OrganisationIdentifier.findByKey(scheme.strip(), value.strip());
        return identifier.flatMap(i -> Organisation.<Organisation>findByIdOptional(i.organisationId))
                .map(OrganisationView::of).orElse(null);
    }

    @Description("The organisations directly below this one (its departments, its townships …), in the order they were registered.")
    public List<@NonNull OrganisationConnection> children(@Source List<OrganisationView> organisations,
            @Name("first") @Description("How many a parent, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return organisations after this cursor.") String after) {
        UniformArguments.require(context);
        PageRequest page = BatchArgumentException.page(first, after);
        List<Long> parents = keys(organisations);
        return connections(organisations, tree.children(parents, page, Selection.nodeFields(context, "Organisation",
                "children")), new ParentCounts(() -> tree.childCounts(parents)));
    }

    @Description("Every organisation below this one, at any depth, in the order they were registered.")
    public List<@NonNull OrganisationConnection> descendants(@Source List<OrganisationView> organisations,
            @Name("first") @Description("How many a parent, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return organisations after this cursor.") String after) {
        UniformArguments.require(context);
        PageRequest page = BatchArgumentException.page(first, after);
        List<Long> roots = keys(organisations);
        return connections(organisations, tree.descendants(roots, page, Selection.nodeFields(context, "Organisation",
                "descendants")), new ParentCounts(() -> tree.descendantCounts(roots)));
    }

    private static List<Long> keys(List<OrganisationView> organisations) {
        return organisations.stream().map(OrganisationView::key).distinct().toList();
    }

    private static List<OrganisationConnection> connections(List<OrganisationView> organisations,
            Map<Long, Slice<OrganisationView>> pages, ParentCounts totals) {
        return organisations.stream().map(o -> OrganisationConnection.of(pages.get(o.key()), Ordering.byId(),
                totals.of(o.key()))).toList();
    }
}
