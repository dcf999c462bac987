package org.fazhi.registry.auth;

import org.eclipse.microprofile.graphql.GraphQLException;

/** A mutation refused before it changed anything, because of who called it; reported as a GraphQL error. */
public abstract class AccessRefusedException extends GraphQLException {

    protected AccessRefusedException(String message) {
        super(message);
    }
}
