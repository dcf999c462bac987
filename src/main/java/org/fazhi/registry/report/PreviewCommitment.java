package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.Theme;

@Description("A commitment or a problem as the parser reads it, in a preview that stores nothing.")
public record PreviewCommitment(
        @Description("The lead phrase.") String title,
        @NonNull @Description("The full text.") String text,
        @Description("For a commitment, the year it is to be carried out in; null for a problem.") Integer targetYear,
        @NonNull @Description("The areas of 《法治政府建设实施纲要（2021－2025年）》 it concerns.") List<@NonNull Theme> themes,
        @NonNull @Description("Where it starts in the normalised text.") int startOffset,
        @NonNull @Description("Where it ends (exclusive) in the normalised text.") int endOffset) {
}
