package org.fazhi.registry.outcome;

import java.util.List;

/**
 * What a mutation did: the object it created or changed (or found unchanged), or the user errors that stopped it.
 *
 * @param changed false when the mutation wrote nothing: the object already was as asked, or the input was refused
 */
public record Outcome<T>(T value, boolean created, boolean changed, List<UserError> userErrors) {

    public static <T> Outcome<T> created(T value) {
        return new Outcome<>(value, true, true, List.of());
    }

    public static <T> Outcome<T> changed(T value) {
        return new Outcome<>(value, false, true, List.of());
    }

    public static <T> Outcome<T> unchanged(T value) {
        return new Outcome<>(value, false, false, List.of());
    }

    public static <T> Outcome<T> refused(List<UserError> errors) {
        return new Outcome<>(null, false, false, List.copyOf(errors));
    }
}
