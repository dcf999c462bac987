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

@Name("Problem")
@Description("A shortcoming a report admits (存在的问题和不足).")
public record ProblemView(
        @Ignore long key,
        @Ignore long reportKey,
        @Ignore Long recursFromKey,
        @Description("The problem's lead phrase.") String title,
        @NonNull @Description("The problem's full text.") String text,
        @NonNull @Description("The problem's position in the report, from 1.") int ordinal,
        @NonNull @Description("The areas of 《法治政府建设实施纲要（2021－2025年）》 the problem concerns.") List<@NonNull Theme> themes,
        @NonNull @Description("True when the same problem was reported in the organisation's report of the year before.") boolean recurring,
        @Description("How similar the problem is to the same organisation's problem of the previous year (0–1); null when it does not recur.") Double recurrenceScore,
        @NonNull @Description("Where the problem starts in the normalised text.") int startOffset,
        @NonNull @Description("Where the problem ends (exclusive) in the normalised text.") int endOffset) implements Node {

    static ProblemView of(Problem p) {
        return new ProblemView(p.id, p.reportId, p.recursFromId, p.title, p.text, p.ordinal,
                p.themes.stream().map(Theme::valueOf).toList(), p.recursFromId != null, p.recurrenceScore, p.startOffset, p.endOffset);
    }

    /** Hashes the row's key only: batched resolvers key their work by the view, and hashing every column was slow. */
    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }

    @Id
    @NonNull
    @Override
    @Description("The problem's global ID.")
    public String getId() {
        return GlobalId.encode(NodeType.Problem, key);
    }
}
