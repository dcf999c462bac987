package org.fazhi.registry.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page of a connection sits in the whole list.")
public record PageInfo(
        @NonNull @Description("True when more items follow the last edge of this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede the first edge of this page.") boolean hasPreviousPage,
        @Description("The cursor of the first edge, null on an empty page.") String startCursor,
        @Description("The cursor of the last edge, null on an empty page; pass it as `after` for the next page.") String endCursor) {
}
