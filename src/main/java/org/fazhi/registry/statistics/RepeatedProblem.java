package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A shortcoming admitted in several reports, recognised by its normalised title.")
public record RepeatedProblem(
        @NonNull @Description("The title, trimmed and lower-cased (Latin letters only are affected).") String title,
        @NonNull @Description("How many times reports admit it.") int count,
        @NonNull @Description("How many organisations admit it.") int organisationCount) {
}
