package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.OrganisationKind;

@Description("A number of reports by organisations of one kind.")
public record OrganisationKindCount(
        @NonNull @Description("The kind of organisation.") OrganisationKind kind,
        @NonNull @Description("How many reports.") int count) {
}
