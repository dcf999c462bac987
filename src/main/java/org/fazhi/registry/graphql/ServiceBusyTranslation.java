package org.fazhi.registry.graphql;

import graphql.GraphQL;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;
import io.smallrye.graphql.spi.EventingService;
import java.util.concurrent.CompletableFuture;
import org.fazhi.registry.persistence.ConnectionWait;

/**
 * Turns a resolver's failure to get a database connection in time into {@link ServiceBusyException},
 * whatever layer it surfaced through (Hibernate, a repository): the client learns that retrying later
 * may work, instead of receiving an anonymous server error. Registered with the GraphQL engine through
 * SmallRye's eventing service; every other failure goes to SmallRye's own handler unchanged.
 */
public class ServiceBusyTranslation implements EventingService {

    static final String MESSAGE = "the service is busy: no database connection became free in time; retry shortly";

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.defaultDataFetcherExceptionHandler(new Handler(new ExceptionHandler()));
    }

    private record Handler(DataFetcherExceptionHandler delegate) implements DataFetcherExceptionHandler {

        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                DataFetcherExceptionHandlerParameters parameters) {
            if (!ConnectionWait.ranOut(parameters.getException())) {
                return delegate.handleException(parameters);
            }
            // An expected answer under load, like a user error: reported to the client, not logged as a fault.
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult()
                    .error(new GraphQLExceptionWhileDataFetching(parameters.getPath(), new ServiceBusyException(MESSAGE),
                            parameters.getSourceLocation())).build());
        }
    }
}
