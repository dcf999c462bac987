package org.fazhi.registry.feed;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;

@Description("A page of the change feed, in commit order.")
public record ChangeConnection(
        @NonNull @Description("The events of this page with their cursors.") List<@NonNull ChangeEdge> edges,
        @NonNull @Description("The events of this page.") List<@NonNull ChangeEventView> nodes,
        @NonNull @Description("Where this page sits in the feed. On an empty page `endCursor` is null: keep the cursor you have.") PageInfo pageInfo,
        @NonNull @Description("How many events the feed serves in all at this moment.") int totalCount) {

    static ChangeConnection of(List<ChangeRow> fetched, int first, boolean resumed, long totalCount) {
        List<ChangeRow> rows = fetched.size() > first ? fetched.subList(0, first) : fetched;
        List<ChangeEdge> edges = rows.stream()
                .map(r -> new ChangeEdge(r.position().encode(), ChangeEventView.of(r))).toList();
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ChangeConnection(edges, edges.stream().map(ChangeEdge::node).toList(),
                new PageInfo(fetched.size() > first, resumed, start, end), (int) totalCount);
    }
}
