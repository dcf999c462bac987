package org.fazhi.registry.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.JsonValue;

/**
 * {@code extensions.retryable} of the errors SmallRye reports itself (refused arguments, refused access): false,
 * as sending them again unchanged will never succeed. The errors of {@link FailureTranslation} carry their own.
 */
public class RetryableErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return ServiceErrorCode.RETRYABLE;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof ServiceException refusal && refusal.code().retryable() ? JsonValue.TRUE
                : JsonValue.FALSE;
    }
}
