package org.fazhi.registry.feed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A change event in the feed, with its cursor.")
public record ChangeEdge(
        @NonNull @Description("Store it and pass it as `after` to resume after this event.") String cursor,
        @NonNull @Description("The change event.") ChangeEventView node) {
}
