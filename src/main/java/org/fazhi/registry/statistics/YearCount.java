package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A number of things of one year.")
public record YearCount(
        @NonNull @Description("The year.") int year,
        @NonNull @Description("How many.") int count) {
}
