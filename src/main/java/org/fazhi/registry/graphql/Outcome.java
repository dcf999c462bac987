package org.fazhi.registry.graphql;

import java.util.List;

/** What a mutation did: the object it created or changed, or the user errors that stopped it. */
public record Outcome<T>(T value, boolean created, List<UserError> userErrors) {

    public static <T> Outcome<T> created(T value) {
        return new Outcome<>(value, true, List.of());
    }

    public static <T> Outcome<T> changed(T value) {
        return new Outcome<>(value, false, List.of());
    }

    public static <T> Outcome<T> refused(List<UserError> errors) {
        return new Outcome<>(null, false, List.copyOf(errors));
    }
}
