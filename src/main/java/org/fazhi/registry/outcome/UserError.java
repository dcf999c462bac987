package org.fazhi.registry.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An expected failure of a mutation, such as invalid input: nothing was changed.")
public record UserError(
        @Description("The path of the input field at fault, e.g. `input.creditCode`; null when the input as a whole is at fault.") String field,
        @NonNull @Description("A stable, machine-readable code for the failure.") UserErrorCode code,
        @NonNull @Description("A human-readable explanation of the failure.") String message) {

    public static UserError of(String field, UserErrorCode code, String message) {
        return new UserError(field, code, message);
    }
}
