package org.fazhi.registry.feed;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.fazhi.registry.commitment.CommitmentView;
import org.fazhi.registry.report.ReportView;

/** Live notifications over WebSocket (graphql-transport-ws); the change feed is the durable record. */
@GraphQLApi
public class ChangeSubscriptionGraphQL {

    @Inject
    ChangeNotifier notifier;

    @Subscription("reportSubmitted")
    @Description("""
            Each report stored as a new text, once it is committed. Ask for the report's own fields and fetch \
            related objects (its organisation, its texts) with `report(id)`. Events sent while a client is \
            disconnected are not replayed: use `changes` to catch up.""")
    public Multi<ReportView> reportSubmitted() {
        return notifier.submittedReports();
    }

    @Subscription("commitmentStatusChanged")
    @Description("Each commitment whose follow-up status changed, once the change is committed. Ask for the commitment's own fields and fetch related objects with `commitment(id)`.")
    public Multi<CommitmentView> commitmentStatusChanged() {
        return notifier.changedCommitments();
    }
}
