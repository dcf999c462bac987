package org.fazhi.registry.commitment;

import java.time.OffsetDateTime;
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

@Name("Commitment")
@Description("One item of a report's plan for the next year (下一年度工作安排), followed into that year's report.")
public record CommitmentView(
        @Ignore long key,
        @Ignore long reportKey,
        @Ignore long organisationKey,
        @NonNull @Description("The commitment's lead phrase, e.g. 加强依法行政能力建设.") String title,
        @NonNull @Description("The commitment's full text.") String text,
        @NonNull @Description("The year the commitment is to be carried out in.") int targetYear,
        @NonNull @Description("The areas of 《法治政府建设实施纲要（2021－2025年）》 the commitment concerns.") List<@NonNull Theme> themes,
        @NonNull @Description("How far the commitment was carried out.") CommitmentStatus status,
        @NonNull @Description("Whether the status was set automatically or by a reviewer.") StatusSource statusSource,
        @Description("The reviewer's note on the status.") String note,
        @NonNull @Description("Where the commitment starts in the report's normalised text.") int startOffset,
        @NonNull @Description("Where the commitment ends (exclusive) in the report's normalised text.") int endOffset,
        @NonNull @Description("When the commitment last changed.") OffsetDateTime updatedAt) implements Node {

    public static CommitmentView of(Commitment c) {
        return new CommitmentView(c.id, c.reportId, c.organisationId, c.title, c.text, c.targetYear,
                c.themes.stream().map(Theme::valueOf).toList(), c.status,
                c.statusSource, c.note, c.startOffset, c.endOffset, c.updatedAt);
    }

    /** Hashes the row's key only: batched resolvers key their work by the view, and hashing every column was slow. */
    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }

    @Id
    @NonNull
    @Override
    @Description("The commitment's global ID.")
    public String getId() {
        return GlobalId.encode(NodeType.Commitment, key);
    }
}
