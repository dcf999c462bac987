package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.SectionKind;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.Node;

@Name("Section")
@Description("A numbered part of a report (一、…), or the preamble before the first one.")
public record SectionView(
        @Ignore long key,
        @Ignore long reportKey,
        @NonNull @Description("Which required part of an annual report the heading names.") SectionKind kind,
        @Description("The heading without its ordinal, line breaks joined; null for the preamble.") String heading,
        @NonNull @Description("The section's position in the report, from 0 for the preamble.") int ordinal,
        @NonNull @Description("Where the section starts in the normalised text.") int startOffset,
        @NonNull @Description("Where the section ends (exclusive) in the normalised text.") int endOffset) implements Node {

    static SectionView of(Section s) {
        return new SectionView(s.id, s.reportId, s.kind, s.heading, s.ordinal, s.startOffset, s.endOffset);
    }

    /** Hashes the row's key only: batched resolvers key their work by the view, and hashing every column was slow. */
    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }

    @Id
    @NonNull
    @Override
    @Description("The section's global ID.")
    public String getId() {
        return GlobalId.encode(NodeType.Section, key);
    }
}
