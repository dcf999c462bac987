package org.fazhi.registry.graphql;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs an {@link Expensive} operation only with one of the {@link ExpensivePermits}. Ahead of the transaction
 * interceptor, so a refused operation never opened a transaction nor took a connection.
 */
@Expensive
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ExpensiveOperationLimit {

    @Inject
    ExpensivePermits permits;

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        permits.acquire();
        try {
            return invocation.proceed();
        } finally {
            permits.release();
        }
    }
}
