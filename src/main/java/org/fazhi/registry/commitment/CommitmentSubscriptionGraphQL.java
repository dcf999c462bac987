package org.fazhi.registry.commitment;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.fazhi.registry.feed.Broadcast;

/** Commitment status changes announced over WebSocket (graphql-transport-ws) once committed. */
@GraphQLApi
@ApplicationScoped
public class CommitmentSubscriptionGraphQL {

    private final Broadcast<CommitmentView> changed = new Broadcast<>();

    void onStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommitmentStatusChanged event) {
        changed.send(event.commitment());
    }

    @Subscription("commitmentStatusChanged")
    @Description("Each commitment whose follow-up status changed, once the change is committed. Ask for the commitment's own fields and fetch related objects with `commitment(id)`.")
    public Multi<CommitmentView> commitmentStatusChanged() {
        return changed.stream();
    }
}
