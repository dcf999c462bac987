package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.Theme;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.Node;

@Name("Item")
@Description("An enumerated item of a section — (一), 一是, ①, 1. — or an unnumbered paragraph standing as one.")
public record ItemView(
        @Ignore long key,
        @Ignore long reportKey,
        @Description("The enumeration marker with half-width brackets, e.g. (一), 一是, 1., ①; null for an unnumbered paragraph.") String marker,
        @Description("The lead phrase up to the first 。 or ：; null when the paragraph opens with no short statement.") String title,
        @NonNull @Description("The item's text after its marker.") String text,
        @NonNull @Description("The item's position among its siblings, from 1.") int ordinal,
        @NonNull @Description("How deep the item is nested: 0 directly under its section.") int depth,
        @NonNull @Description("The areas of 《法治政府建设实施纲要（2021－2025年）》 the item concerns.") List<@NonNull Theme> themes,
        @NonNull @Description("Where the item (with its marker) starts in the normalised text.") int startOffset,
        @NonNull @Description("Where the item ends (exclusive) in the normalised text.") int endOffset) implements Node {

    public static ItemView of(Item i) {
        return new ItemView(i.id, i.reportId, i.marker, i.title, i.text, i.ordinal, i.depth,
                i.themes.stream().map(Theme::valueOf).toList(), i.startOffset, i.endOffset);
    }

    /** Hashes the row's key only: batched resolvers key their work by the view, and hashing every column was slow. */
    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }

    @Id
    @NonNull
    @Override
    @Description("The item's global ID.")
    public String getId() {
        return GlobalId.encode(NodeType.Item, key);
    }
}
