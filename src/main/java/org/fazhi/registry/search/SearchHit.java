package org.fazhi.registry.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A place where the search query occurs: a report, an item or a commitment, with a highlighted snippet.")
public record SearchHit(
        @NonNull @Description("What was found; the field of the same name holds it.") SearchHitKind kind,
        @Ignore long key,
        @Ignore long reportKey,
        @NonNull @Description("How well the hit matches: occurrences of the query (three times over in a title), damped by the length of the text. Higher is better; comparable within one search only.") double score,
        @NonNull @Description("The text around the first occurrence, each occurrence wrapped in 【】, elided with … where cut.") String snippet,
        @Description("Where the first occurrence starts in the report's normalised text; null when the query occurs only in a title outside the text.") Integer startOffset,
        @Description("Where the first occurrence ends (exclusive) in the report's normalised text.") Integer endOffset) {
}
