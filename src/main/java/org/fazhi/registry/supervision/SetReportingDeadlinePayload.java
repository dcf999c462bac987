package org.fazhi.registry.supervision;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.idempotency.AnswerType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;

@Description("The result of `setReportingDeadline`.")
public record SetReportingDeadlinePayload(
        @Description("The rule as stored; null when the input was refused.") DeadlineRuleView rule,
        @NonNull @Description("True when the rule is new, false when it replaced the rule of the same division and year.") boolean created,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> userErrors) {

    static final AnswerType<SetReportingDeadlinePayload> ANSWER = new AnswerType<>(SetReportingDeadlinePayload.class,
            SetReportingDeadlinePayload::userErrors, errors -> of(Outcome.refused(errors)));

    static SetReportingDeadlinePayload of(Outcome<DeadlineRule> outcome) {
        return new SetReportingDeadlinePayload(outcome.value() == null ? null : DeadlineRuleView.of(outcome.value()),
                outcome.created(), outcome.userErrors());
    }
}
