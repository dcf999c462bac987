package org.fazhi.registry.globalid;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import org.fazhi.registry.outcome.Echo;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/** Finds the object a mutation input names by global ID, or records why it cannot. */
public final class IdLookup {

    private IdLookup() {
    }

    /**
     * The object of {@code type} that {@code globalId} names, loaded with {@code finder}; empty with an
     * INVALID_ID or NOT_FOUND error on {@code field} added to {@code errors}.
     */
    public static <T> Optional<T> find(String globalId, NodeType type, String field, LongFunction<Optional<T>> finder,
            List<UserError> errors) {
        String noun = type.name().toLowerCase(Locale.ROOT);
        Optional<Long> id = GlobalId.decode(globalId, type);
        if (id.isEmpty()) {
            errors.add(UserError.of(field, UserErrorCode.INVALID_ID, "not the ID of a " + noun + ": " + Echo.of(globalId)));
            return Optional.empty();
        }
        Optional<T> found = finder.apply(id.get());
        if (found.isEmpty()) {
            errors.add(UserError.of(field, UserErrorCode.NOT_FOUND, "no " + noun + " has the ID " + Echo.of(globalId)));
        }
        return found;
    }
}
