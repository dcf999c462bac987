package org.fazhi.registry.graphql;

import graphql.ExecutionInput;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * GraphQL over HTTP runs each request on one worker thread ({@code quarkus.smallrye-graphql.nonblocking.enabled=false}),
 * and Quarkus then tells the engine that every resolver may block where it is. Operations sent over
 * WebSocket still arrive on the event loop, where nothing may block: for them the engine is told
 * otherwise, so it hands each resolver to a worker thread as it would by default.
 */
public class WebSocketOperations implements EventingService {

    /** The execution flag Quarkus's data fetchers read to decide whether to call a resolver in place. */
    private static final String RUN_BLOCKING = "runBlocking";

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeExecute(Context context) {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            context.unwrap(ExecutionInput.class).getGraphQLContext().put(RUN_BLOCKING, false);
        }
    }
}
