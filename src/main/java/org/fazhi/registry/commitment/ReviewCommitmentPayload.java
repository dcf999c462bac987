package org.fazhi.registry.commitment;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;

@Description("The result of `reviewCommitment`.")
public record ReviewCommitmentPayload(
        @Description("The commitment with its new status; null when the input was refused.") CommitmentView commitment,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static final AnswerType<ReviewCommitmentPayload> ANSWER = new AnswerType<>(ReviewCommitmentPayload.class,
            ReviewCommitmentPayload::userErrors, errors -> of(Outcome.refused(errors)));

    static ReviewCommitmentPayload of(Outcome<Commitment> outcome) {
        return new ReviewCommitmentPayload(outcome.value() == null ? null : CommitmentView.of(outcome.value()),
                outcome.userErrors());
    }
}
