package org.fazhi.registry.graphql;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/** A query argument the service refuses, such as a page size over the limit: reported as a GraphQL error. */
@ErrorCode("BAD_USER_INPUT")
public class InvalidArgumentException extends GraphQLException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
