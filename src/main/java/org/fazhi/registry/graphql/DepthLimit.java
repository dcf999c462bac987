package org.fazhi.registry.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/** Refuses operations nested deeper than the limit, with QUERY_TOO_DEEP; introspection is exempt (see {@link IntrospectionOperation}). */
final class DepthLimit extends MaxQueryDepthInstrumentation {

    DepthLimit(int maxDepth) {
        super(maxDepth);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (IntrospectionOperation.is(parameters.getExecutionContext())) {
            return SimpleInstrumentationContext.noOp();
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return RequestErrors.refusal(RequestErrorCode.QUERY_TOO_DEEP,
                "maximum query depth exceeded " + depth + " > " + maxDepth);
    }
}
