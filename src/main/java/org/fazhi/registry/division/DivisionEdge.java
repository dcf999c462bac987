package org.fazhi.registry.division;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A division in a connection, with its cursor.")
public record DivisionEdge(
        @NonNull @Description("Pass as `after` to continue after this division.") String cursor,
        @NonNull @Description("The division.") DivisionView node) {
}
