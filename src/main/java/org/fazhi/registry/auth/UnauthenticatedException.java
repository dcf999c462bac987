package org.fazhi.registry.auth;

import io.smallrye.graphql.api.ErrorCode;

/** No token, or one that is expired, forged or issued by someone else. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends AccessRefusedException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
