package org.fazhi.registry.graphql;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that costs far more than a read (reading a report text, storing a report, full-text search): only
 * {@code registry.requests.expensive-concurrency} of them run at once ({@link ExpensiveOperationLimit}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Expensive {
}
