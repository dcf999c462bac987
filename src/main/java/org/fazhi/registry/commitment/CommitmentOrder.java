package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.OrderDirection;
import org.fazhi.registry.graphql.Ordering;

@Name("CommitmentOrder")
@Description("How to order a list of commitments.")
public record CommitmentOrder(
        @NonNull @Description("The field to order by.") CommitmentOrderField field,
        @DefaultValue("ASC") @Description("The direction to order in.") OrderDirection direction) {

    static Ordering<CommitmentView> ordering(CommitmentOrder order) {
        return order == null ? Ordering.byId() : Ordering.of(order.field(), order.direction());
    }
}
