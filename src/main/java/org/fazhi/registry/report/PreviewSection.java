package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.ParsedSection;
import org.fazhi.registry.extraction.SectionKind;
import org.fazhi.registry.extraction.ThemeTagger;

@Description("A section as the parser reads it, in a preview that stores nothing.")
public record PreviewSection(
        @NonNull @Description("Which required part of an annual report the heading names.") SectionKind kind,
        @Description("The heading without its ordinal; null for the preamble.") String heading,
        @NonNull @Description("The section's position, from 0 for the preamble.") int ordinal,
        @NonNull @Description("Where the section starts in the normalised text.") int startOffset,
        @NonNull @Description("Where the section ends (exclusive) in the normalised text.") int endOffset,
        @NonNull @Description("The items directly under the section.") List<@NonNull PreviewItem> items) {

    static PreviewSection of(ParsedSection section, ThemeTagger tagger) {
        return new PreviewSection(section.kind(), section.heading(), section.ordinal(), section.span().start(),
                section.span().end(), section.items().stream().map(i -> PreviewItem.of(i, tagger)).toList());
    }
}
