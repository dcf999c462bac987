package org.fazhi.registry.graphql;

import io.smallrye.graphql.execution.event.InvokeInfo;
import io.smallrye.graphql.spi.EventingService;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * No resolver starts once its request has run for {@code registry.requests.timeout}: the fields not yet resolved
 * fail with TIMEOUT, so an overrunning request stops adding work. Statements and transactions still running at that
 * moment are cancelled by the database and the transaction manager, which share the timeout (application.properties).
 */
public class RequestDeadline implements EventingService {

    private volatile Long timeoutNanos;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeInvoke(InvokeInfo invokeInfo) {
        Long arrival = GraphQLRequests.arrival();
        if (arrival != null && System.nanoTime() - arrival > timeoutNanos()) {
            throw new ServiceException(ServiceErrorCode.TIMEOUT, "the request ran longer than "
                    + Duration.ofNanos(timeoutNanos()).toSeconds() + " s; its remaining fields were not resolved");
        }
    }

    private long timeoutNanos() {
        if (timeoutNanos == null) {
            // Created by the GraphQL engine's service loader, not by CDI: the configuration is read where it stands.
            timeoutNanos = ConfigProvider.getConfig().getValue("registry.requests.timeout", Duration.class).toNanos();
        }
        return timeoutNanos;
    }
}
