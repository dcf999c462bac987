package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.ParsedItem;
import org.fazhi.registry.extraction.Theme;
import org.fazhi.registry.extraction.ThemeTagger;

@Description("An item as the parser reads it, in a preview that stores nothing.")
public record PreviewItem(
        @Description("The enumeration marker with half-width brackets; null for an unnumbered paragraph.") String marker,
        @Description("The lead phrase up to the first 。 or ：.") String title,
        @NonNull @Description("The item's text after its marker.") String text,
        @NonNull @Description("The item's position among its siblings, from 1.") int ordinal,
        @NonNull @Description("The areas of 《法治政府建设实施纲要（2021－2025年）》 the item concerns.") List<@NonNull Theme> themes,
        @NonNull @Description("Where the item starts in the normalised text.") int startOffset,
        @NonNull @Description("Where the item ends (exclusive) in the normalised text.") int endOffset,
        @NonNull @Description("The items enumerated inside this one.") List<@NonNull PreviewItem> children) {

    static PreviewItem of(ParsedItem item, ThemeTagger tagger) {
        return new PreviewItem(item.marker(), item.title(), item.text(), item.ordinal(),
                List.copyOf(tagger.tag(item.text())), item.span().start(), item.span().end(),
                item.children().stream().map(c -> of(c, tagger)).toList());
    }
}
