package org.fazhi.registry.feed;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;

/** The change feed integrators poll to stay in sync. */
@GraphQLApi
public class ChangeFeedGraphQL {

    @Inject
    ChangeFeedQuery query;

    @Inject
    Caller caller;

    @Query("changes")
    @Description("""
            Every create, update, supersession and withdrawal of organisations and reports and every commitment \
            status change, in commit order. Store the last cursor and resume after it: no event is skipped or \
            repeated, even when transactions commit out of order; an event appears once every transaction \
            older than it has finished.""")
    public @NonNull ChangeConnection changes(
            @Name("after") @Description("Return events after this cursor; from the first event when null.") String after,
            @Name("first") @Description("How many events to return, at most 100 (default 20).") Integer first)
            throws InvalidArgumentException {
        PageRequest page = PageRequest.of(first, null);
        FeedCursor cursor = after == null ? null : FeedCursor.decode(after);
        return ChangeConnection.of(query.after(cursor, page.first() + 1), page.first(), cursor != null, query.count());
    }

    @Description("The subject of the token that made the change; null for changes the registry made itself, and unless the request carries the token of a reader, editor or reviewer.")
    public String actor(@Source ChangeEventView event) {
        return caller.readsRestricted() ? event.changedBy() : null;
    }
}
