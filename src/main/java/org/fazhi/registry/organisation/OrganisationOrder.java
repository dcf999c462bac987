package org.fazhi.registry.organisation;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.OrderDirection;
import org.fazhi.registry.graphql.Ordering;

@Name("OrganisationOrder")
@Description("How to order a list of organisations.")
public record OrganisationOrder(
        @NonNull @Description("The field to order by.") OrganisationOrderField field,
        @DefaultValue("ASC") @Description("The direction to order in.") OrderDirection direction) {

    static Ordering<OrganisationView> ordering(OrganisationOrder order) {
        return order == null ? Ordering.byId() : Ordering.of(order.field(), order.direction());
    }
}
