package org.fazhi.registry.graphql;

import graphql.ErrorType;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.fazhi.registry.persistence.DatabaseFailure;
import org.jboss.logging.Logger;

/**
 * What a client learns of a resolver's failure. Refusals of the request ({@link GraphQLException}, and unchecked
 * exceptions that declare their {@link ErrorCode}, such as {@link BatchArgumentException}) keep SmallRye's handling. Everything else gets a code of {@link ServiceErrorCode}
 * and its retryable mark: the service's own refusals ({@link ServiceException}), an unreachable database, a statement
 * cancelled at the timeout, a lost race, a wait for a database connection that ran out; any other failure is an internal fault, answered with HTTP 500 and an error
 * id that finds its stack trace in the log, never with the exception's name or message. Registered with the GraphQL
 * engine through SmallRye's eventing service.
 */
public class FailureTranslation implements EventingService {

    private static final Logger LOG = Logger.getLogger(FailureTranslation.class);

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
            Throwable failure = parameters.getException() instanceof CompletionException wrapped
                    && wrapped.getCause() != null ? wrapped.getCause() : parameters.getException();
            if (failure instanceof GraphQLException || failure.getClass().isAnnotationPresent(ErrorCode.class)) {
                return delegate.handleException(parameters);
            }
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult()
                    .error(translate(failure, parameters)).build());
        }
    }

    private static GraphQLError translate(Throwable failure, DataFetcherExceptionHandlerParameters parameters) {
        ServiceException refusal = refusal(failure);
        Map<String, Object> extensions = new HashMap<>();
        String message;
        ServiceErrorCode code;
        if (refusal != null) {
            code = refusal.code();
            message = refusal.getMessage();
        } else {
            code = databaseCode(failure).orElse(ServiceErrorCode.INTERNAL_ERROR);
            message = describe(code);
        }
        if (code == ServiceErrorCode.INTERNAL_ERROR) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(failure, "internal fault %s at %s", errorId, parameters.getPath());
            GraphQLRequests.markFault();
            extensions.put(ServiceErrorCode.ERROR_ID, errorId);
            message = message + " (error id " + errorId + ")";
        } else {
            LOG.debugf(failure, "%s at %s", code, parameters.getPath());
        }
        extensions.put("code", code.name());
        extensions.put(ServiceErrorCode.RETRYABLE, code.retryable());
        return GraphqlErrorBuilder.newError().message(message).path(parameters.getPath())
                .location(parameters.getSourceLocation()).errorType(ErrorType.DataFetchingException)
                .extensions(extensions).build();
    }

    /** The service's own refusal that {@code failure} is or wraps, if any. */
    private static ServiceException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** The code of a database failure in {@code failure} that the client may outlast; empty for any other failure. */
    public static Optional<ServiceErrorCode> databaseCode(Throwable failure) {
        return DatabaseFailure.of(failure).map(FailureTranslation::codeOf);
    }

    private static ServiceErrorCode codeOf(DatabaseFailure failure) {
        return switch (failure) {
            case UNREACHABLE -> ServiceErrorCode.SERVICE_UNAVAILABLE;
            case TIMED_OUT -> ServiceErrorCode.TIMEOUT;
            case CONFLICT -> ServiceErrorCode.CONFLICT;
            case POOL_EXHAUSTED -> ServiceErrorCode.SERVICE_BUSY;
        };
    }

    /** What the client is told of a failure with {@code code} that is not one of the service's own refusals. */
    public static String describe(ServiceErrorCode code) {
        return switch (code) {
            case SERVICE_UNAVAILABLE -> "the database cannot be reached; nothing was changed: retry later";
            case TIMEOUT -> "the request ran longer than the service allows and was cancelled; nothing was changed";
            case CONFLICT -> "a concurrent request changed the same data first; nothing was changed: send the request again";
            case SERVICE_BUSY -> "the service is busy: no database connection became free in time; nothing was changed: retry shortly";
            default -> "internal error";
        };
    }
}
