package org.fazhi.registry.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

/** Refuses operations asking for more fields than the limit, with QUERY_TOO_COMPLEX. */
final class ComplexityLimit extends MaxQueryComplexityInstrumentation {

    ComplexityLimit(int maxComplexity) {
        super(maxComplexity);
    }

    @Override
    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        return RequestErrors.refusal(ServiceErrorCode.QUERY_TOO_COMPLEX,
                "maximum query complexity exceeded " + complexity + " > " + maxComplexity);
    }
}
