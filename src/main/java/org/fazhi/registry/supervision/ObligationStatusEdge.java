package org.fazhi.registry.supervision;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A body's reporting status in a connection, with its cursor.")
public record ObligationStatusEdge(
        @NonNull @Description("Pass as `after` to continue after this body.") String cursor,
        @NonNull @Description("The body's status.") ObligationStatusView node) {
}
