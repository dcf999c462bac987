package org.fazhi.registry.search;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

@Description("A page of search hits, best first.")
public record SearchConnection(
        @NonNull @Description("The hits of this page with their cursors.") List<@NonNull SearchEdge> edges,
        @NonNull @Description("The hits of this page.") List<@NonNull SearchHit> nodes,
        @NonNull @Description("Where this page sits in the whole ranking.") PageInfo pageInfo,
        @Ignore String query,
        @Ignore SearchFilter filter) {

    /** Hits are ranked per query, so a cursor is the hit's position in the ranking. */
    static SearchConnection of(Slice<RankedHit> slice, String query, SearchFilter filter) {
        List<SearchEdge> edges = slice.rows().stream()
                .map(h -> new SearchEdge(PageRequest.cursor(h.position()), h.hit())).toList();
        return new SearchConnection(edges, slice.rows().stream().map(RankedHit::hit).toList(),
                slice.pageInfo(RankedHit::position), query, filter);
    }
}
