package org.fazhi.registry.report;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.fazhi.registry.feed.Broadcast;

/** Reports announced over WebSocket (graphql-transport-ws) as they are stored; a rolled-back one never is. */
@GraphQLApi
@ApplicationScoped
public class ReportSubscriptionGraphQL {

    private final Broadcast<ReportView> submitted = new Broadcast<>();

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportStored event) {
        submitted.send(ReportView.of(event.report()));
    }

    @Subscription("reportSubmitted")
    @Description("""
            Each report stored as a new text, once it is committed. Ask for the report's own fields and fetch \
            related objects (its organisation, its texts) with `report(id)`. Events sent while a client is \
            disconnected are not replayed: use `changes` to catch up.""")
    public Multi<ReportView> reportSubmitted() {
        return submitted.stream();
    }
}
