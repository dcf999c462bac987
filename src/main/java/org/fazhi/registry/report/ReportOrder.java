package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.OrderDirection;
import org.fazhi.registry.graphql.Ordering;

@Name("ReportOrder")
@Description("How to order a list of reports.")
public record ReportOrder(
        @NonNull @Description("The field to order by.") ReportOrderField field,
        @DefaultValue("ASC") @Description("The direction to order in.") OrderDirection direction) {

    static Ordering<ReportView> ordering(ReportOrder order) {
        return order == null ? Ordering.byId() : Ordering.of(order.field(), order.direction());
    }
}
