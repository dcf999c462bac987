package org.fazhi.registry.graphql;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/** Refuses operations nested deeper than the limit, with QUERY_TOO_DEEP. */
final class DepthLimit extends MaxQueryDepthInstrumentation {

    DepthLimit(int maxDepth) {
        super(maxDepth);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return RequestErrors.refusal(ServiceErrorCode.QUERY_TOO_DEEP,
                "maximum query depth exceeded " + depth + " > " + maxDepth);
    }
}
