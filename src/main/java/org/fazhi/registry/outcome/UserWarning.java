package org.fazhi.registry.outcome;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Something doubtful about what a mutation stored; unlike a user error it stopped nothing.")
public record UserWarning(
        @Description("The path of the input field concerned, e.g. `input.divisionCode`.") String field,
        @NonNull @Description("A stable, machine-readable code for the doubt.") WarningCode code,
        @NonNull @Description("A human-readable explanation.") String message) {
}
