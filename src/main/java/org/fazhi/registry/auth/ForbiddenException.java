package org.fazhi.registry.auth;

import io.smallrye.graphql.api.ErrorCode;

/** A valid token without the role the operation needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends AccessRefusedException {

    public ForbiddenException(String message) {
        super(message);
    }
}
