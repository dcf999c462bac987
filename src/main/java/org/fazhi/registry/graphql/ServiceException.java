package org.fazhi.registry.graphql;

/**
 * A request the service cannot serve now, or at all, for a reason that is not one of its arguments: reported as a
 * GraphQL error with the code and retryable mark of {@link ServiceErrorCode} ({@link FailureTranslation}).
 */
public class ServiceException extends RuntimeException {

    private final ServiceErrorCode code;

    public ServiceException(ServiceErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ServiceErrorCode code() {
        return code;
    }
}
