package org.fazhi.registry.search;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.graphql.PageInfo;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

@Description("A page of search hits, best first.")
public record SearchConnection(
        @NonNull @Description("The hits of this page with their cursors.") List<@NonNull SearchEdge> edges,
        @NonNull @Description("The hits of this page.") List<@NonNull SearchHit> nodes,
        @NonNull @Description("Where this page sits in the whole ranking.") PageInfo pageInfo,
        @NonNull @Description("How many hits the ranking holds: every hit when `allHitsRanked`, otherwise the limit (`registry.search.candidates`, 50 by default) for each kind of hit that has more, as only the most recent of those are ranked. Exact up to the limit, bounded beyond it; costs nothing more than the page.") int totalCount,
        @NonNull @Description("True when every hit is ranked; false when some kind of hit (REPORT, ITEM, COMMITMENT) has more than the limit, of which only those in the most recent reports are ranked.") boolean allHitsRanked) {

    /** Hits are ranked per query, so a cursor is the hit's position in the ranking. */
    static SearchConnection of(Ranking ranking) {
        Slice<RankedHit> slice = ranking.page();
        List<SearchEdge> edges = slice.rows().stream()
                .map(h -> new SearchEdge(PageRequest.cursor(h.position()), h.hit())).toList();
        return new SearchConnection(edges, slice.rows().stream().map(RankedHit::hit).toList(),
                slice.pageInfo(RankedHit::position), ranking.total(), ranking.complete());
    }
}
