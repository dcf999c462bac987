package org.fazhi.registry.graphql;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * The service could not take the request on in time (every database connection stayed busy for the
 * whole bounded wait, for instance) and nothing was changed: the client should retry after a short pause.
 * Reported as a GraphQL error with {@code extensions.code} {@value #CODE} and {@code extensions.retryable}
 * true ({@link RetryableErrorExtension}); every overload condition of the service is reported this way.
 */
@ErrorCode(ServiceBusyException.CODE)
public class ServiceBusyException extends GraphQLException {

    public static final String CODE = "SERVICE_BUSY";

    public ServiceBusyException(String message) {
        super(message);
    }
}
