package org.fazhi.registry.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.JsonValue;

/**
 * {@code extensions.retryable} of every error a resolver raises: true when the same request may succeed
 * if sent again later unchanged ({@link ServiceBusyException}), false when it never will.
 */
public class RetryableErrorExtension implements ErrorExtensionProvider {

    static final String KEY = "retryable";

    @Override
    public String getKey() {
        return KEY;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof ServiceBusyException ? JsonValue.TRUE : JsonValue.FALSE;
    }
}
