package org.fazhi.registry.statistics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.CitationKind;

@Description("A law or document and how widely reports cite it.")
public record CitedLaw(
        @NonNull @Description("The canonical title, e.g. 行政复议法.") String canonicalTitle,
        @NonNull @Description("What kind of document it is.") CitationKind kind,
        @NonNull @Description("How many reports cite it.") int reportCount,
        @NonNull @Description("How many times in all it is cited.") int occurrences) {
}
