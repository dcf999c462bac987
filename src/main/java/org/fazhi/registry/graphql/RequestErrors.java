package org.fazhi.registry.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Every error leaves with an {@code extensions.code}. Errors that refuse a request as a whole (the answer has no
 * {@code data}: validation, variables, limits) are also marked refused for {@link ResponseStatus}. Errors of
 * fetched fields keep the code their exception gives them.
 */
final class RequestErrors extends SimplePerformantInstrumentation {

    static final String CODE = "code";

    /** The exception a limit throws to stop an operation before it runs. */
    static AbortExecutionException refusal(ServiceErrorCode code, String message) {
        return new AbortExecutionException(List.of(validation(code, message, List.of(), null)));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!result.isDataPresent() && !result.getErrors().isEmpty()) {
            ResponseStatus.markRefused();
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
                    .errors(result.getErrors().stream().map(RequestErrors::refusalWithCode).toList())
                    .extensions(result.getExtensions()).build());
        }
        if (result.getErrors().stream().allMatch(RequestErrors::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(answer -> answer.errors(
                result.getErrors().stream().map(RequestErrors::fieldErrorWithCode).toList())));
    }

    private static GraphQLError refusalWithCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        if (error instanceof ValidationError validation) {
            return validation(ServiceErrorCode.GRAPHQL_VALIDATION_FAILED, validation.getDescription(),
                    validation.getLocations(), validation.getQueryPath());
        }
        // Variables that do not fit their type, an operation name the document lacks, bad-faith introspection.
        return validation(ServiceErrorCode.BAD_USER_INPUT, error.getMessage(), error.getLocations(), null);
    }

    private static GraphQLError fieldErrorWithCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        if (error instanceof ValidationError validation) { // an argument whose value does not fit its type
            return validation(ServiceErrorCode.BAD_USER_INPUT, validation.getDescription(), validation.getLocations(),
                    validation.getQueryPath());
        }
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        // Errors of the engine itself, such as a non-null field left null.
        extensions.put(CODE, ServiceErrorCode.INTERNAL_ERROR.name());
        extensions.put(ServiceErrorCode.RETRYABLE, false);
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }

    private static boolean hasCode(GraphQLError error) {
        // Errors of fetched fields are given their code when they are written out.
        return error instanceof graphql.ExceptionWhileDataFetching
                || error.getExtensions() != null && error.getExtensions().containsKey(CODE);
    }

    /** The server writes out the extensions of validation errors, so request-level errors are carried as such. */
    private static ValidationError validation(ServiceErrorCode code, String message, List<SourceLocation> locations,
            List<String> path) {
        return ValidationError.newValidationError().validationErrorType(code).description(message)
                .sourceLocations(locations == null ? List.of() : locations).queryPath(path)
                .extensions(Map.of(CODE, code.name(), ServiceErrorCode.RETRYABLE, code.retryable())).build();
    }
}
