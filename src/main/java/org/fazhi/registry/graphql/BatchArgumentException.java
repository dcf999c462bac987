package org.fazhi.registry.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An argument a batched resolver refuses. SmallRye wraps the checked exceptions of batched resolvers
 * into anonymous runtime errors, so these throw this unchecked one instead; it reaches the client with
 * its message and the code BAD_USER_INPUT, like {@link InvalidArgumentException}.
 */
@ErrorCode("BAD_USER_INPUT")
public class BatchArgumentException extends RuntimeException {

    public BatchArgumentException(String message) {
        super(message);
    }

    /** The page a batched connection field asks for, refused as a batch refuses. */
    public static PageRequest page(Integer first, String after) {
        try {
            return PageRequest.of(first, after);
        } catch (InvalidArgumentException e) {
            throw new BatchArgumentException(e.getMessage());
        }
    }
}
