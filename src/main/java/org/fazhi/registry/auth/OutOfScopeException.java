package org.fazhi.registry.auth;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A change outside the caller's division scope. Unchecked, so that the transaction that found it (which may have
 * registered an organisation on the way) is rolled back; it reaches the client as FORBIDDEN with its message.
 */
@ErrorCode("FORBIDDEN")
public class OutOfScopeException extends RuntimeException {

    public OutOfScopeException(String message) {
        super(message);
    }
}
