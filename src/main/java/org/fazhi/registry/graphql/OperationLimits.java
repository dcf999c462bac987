package org.fazhi.registry.graphql;

import graphql.language.Document;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.graphql.OperationCost.Cost;

/**
 * Refuses a document that asks too much of the service, from its {@link OperationCost} and before the GraphQL engine
 * sees it: more fields than the query complexity limit once its fragments are expanded, more expensive fields or more
 * report text than one request may carry; and one with an Int the engine would wrap ({@link IntRange}).
 */
@ApplicationScoped
public class OperationLimits {

    /** Why a document was refused. */
    public record Refusal(ServiceErrorCode code, String message) {
    }

    private final RequestLimits limits;
    /** The engine's own complexity limit counts a field as 1, as {@link OperationCost} does: one number for both. */
    private final int maxFields;

    OperationLimits(RequestLimits limits,
            @ConfigProperty(name = "registry.graphql.max-complexity") int maxFields) {
        this.limits = limits;
        this.maxFields = maxFields;
    }

    /** Why {@code document}, run with {@code variables}, is refused; empty when it may run. */
    public Optional<Refusal> check(Document document, Map<String, Object> variables) {
        Optional<String> outOfRange = IntRange.violation(document, variables);
        if (outOfRange.isPresent()) {
            return refuse(ServiceErrorCode.GRAPHQL_VALIDATION_FAILED, outOfRange.get());
        }
        Cost cost = OperationCost.worst(document, variables);
        if (cost.fields() > maxFields) {
            return refuse(ServiceErrorCode.QUERY_TOO_COMPLEX, "the operation selects more than " + maxFields
                    + " fields once its fragments are expanded; ask for fewer fields or spread fewer fragments");
        }
        if (cost.expensiveFields() > limits.expensiveFields()) {
            return refuse(ServiceErrorCode.REQUEST_TOO_LARGE, "the request holds " + cost.expensiveFields()
                    + " expensive fields (" + ExpensiveField.names() + "), at most " + limits.expensiveFields()
                    + " are allowed: send the others in further requests");
        }
        if (cost.textBytes() > limits.textBudget()) {
            return refuse(ServiceErrorCode.REQUEST_TOO_LARGE, "the request carries " + cost.textBytes()
                    + " bytes of report text across its fields, at most " + limits.textBudget()
                    + " are allowed: send the texts in further requests");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(ServiceErrorCode code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
