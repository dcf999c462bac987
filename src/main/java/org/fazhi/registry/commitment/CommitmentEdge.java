package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A commitment in a connection, with its cursor.")
public record CommitmentEdge(
        @NonNull @Description("Pass as `after` to continue after this commitment.") String cursor,
        @NonNull @Description("The commitment.") CommitmentView node) {
}
