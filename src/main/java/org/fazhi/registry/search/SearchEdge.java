package org.fazhi.registry.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A search hit in a connection, with its cursor.")
public record SearchEdge(
        @NonNull @Description("Pass as `after` to continue after this hit.") String cursor,
        @NonNull @Description("The hit.") SearchHit node) {
}
