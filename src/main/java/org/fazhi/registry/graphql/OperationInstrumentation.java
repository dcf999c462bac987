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
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps what SmallRye instruments the engine with for a whole operation (the complexity and depth
 * limits, which check the operation before it runs, and the cache of validated documents) and leaves
 * out the per-field hooks: none of those does anything per field, yet the chain built a context for
 * each of the hundreds of fields of a response.
 */
final class OperationInstrumentation extends SimplePerformantInstrumentation {

    /** The instrumentations known to act only on validation and on the operation as a whole. */
    private static final Set<Class<?>> OPERATION_ONLY = Set.of(MaxQueryComplexityInstrumentation.class,
            MaxQueryDepthInstrumentation.class, QueryCache.class);

    private final Instrumentation chain;

    private OperationInstrumentation(Instrumentation chain) {
        this.chain = chain;
    }

    /** {@code chain} without its per-field hooks when it holds only operation-level instrumentations; else unchanged. */
    static Instrumentation of(Instrumentation chain) {
        boolean operationOnly = chain instanceof ChainedInstrumentation chained
                && chained.getInstrumentations().stream().allMatch(i -> OPERATION_ONLY.contains(i.getClass()));
        return operationOnly ? new OperationInstrumentation(chain) : chain;
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
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return chain.beginExecuteOperation(parameters, state);
    }
}
