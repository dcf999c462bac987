package org.fazhi.registry.idempotency;

import java.util.List;
import java.util.function.Function;
import org.fazhi.registry.outcome.UserError;

/**
 * What a mutation answers: its class (to read a kept answer back), its user errors (a refused answer is not
 * kept, and its transaction is rolled back) and how it refuses.
 */
public record AnswerType<A>(Class<A> type, Function<A, List<UserError>> userErrors,
        Function<List<UserError>, A> refusal) {
}
