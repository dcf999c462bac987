package org.fazhi.registry.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps what the engine is instrumented with for a whole operation (the complexity and depth limits,
 * which check the operation before it runs, the error codes given to its result, and the cache of
 * validated documents) and leaves out the per-field hooks: none of those does anything per field, yet
 * the chain built a context for each of the hundreds of fields of a response.
 */
final class OperationInstrumentation extends SimplePerformantInstrumentation {

    /**
     * The instrumentations known to act only on validation, the operation as a whole and its result: the
     * registry's limits and error codes ({@link LimitInstrumentations}) and the server's document cache.
     */
    private static final Set<Class<?>> OPERATION_ONLY = Set.of(MaxQueryComplexityInstrumentation.class,
            MaxQueryDepthInstrumentation.class, QueryCache.class, UnlessIntrospection.class, RequestErrors.class);

    private final Instrumentation chain;

    private OperationInstrumentation(Instrumentation chain) {
        this.chain = chain;
    }

    /** {@code chain} without its per-field hooks when it holds only operation-level instrumentations; else unchanged. */
    static Instrumentation of(Instrumentation chain) {
        return operationOnly(chain) ? new OperationInstrumentation(chain) : chain;
    }

    private static boolean operationOnly(Instrumentation instrumentation) {
        return instrumentation instanceof ChainedInstrumentation chained
                ? chained.getInstrumentations().stream().allMatch(OperationInstrumentation::operationOnly)
                : OPERATION_ONLY.contains(instrumentation.getClass());
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return chain.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return chain.beginValidation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return chain.instrumentExecutionResult(result, parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return chain.beginExecuteOperation(parameters, state);
    }
}
