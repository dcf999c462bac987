package org.fazhi.registry.search;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.commitment.CommitmentQuery;
import org.fazhi.registry.commitment.CommitmentView;
import org.fazhi.registry.graphql.Expensive;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.report.Item;
import org.fazhi.registry.report.ItemView;
import org.fazhi.registry.report.ReportQuery;
import org.fazhi.registry.report.ReportView;

/** Full-text search over reports, items and commitments; what a hit found is resolved for all hits at once. */
@GraphQLApi
public class SearchGraphQL {

    @Inject
    SearchQuery query;

    @Inject
    ReportQuery reports;

    @Inject
    CommitmentQuery commitments;

    @Inject
    Context context;

    @Expensive
    @Query("search")
    @Description("Finds a text in current reports' titles and texts, their items and their commitments, best match first. "
            + "The query is matched literally after conversion to simplified characters: 政務公開 finds 政务公开. "
            + "Ranked are, of each kind of hit, those in the most recently published reports (by published date, then "
            + "most recently stored), up to a limit (`registry.search.candidates`, 50 by default): the ranking is exact "
            + "for a query with no more hits of a kind than that, and ranks the most recent hits of a query found "
            + "everywhere; `allHitsRanked` tells which. Pages end where the ranking does.")
    public @NonNull SearchConnection search(
            @NonNull @Name("query") @Description("The text to find, 1 to 100 characters, simplified or traditional.") String text,
            @Name("first") @Description("How many hits to return, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return hits after this cursor.") String after,
            @Name("filter") @Description("Which hits to return.") SearchFilter filter) throws InvalidArgumentException {
        return SearchConnection.of(query.search(text, filter, PageRequest.of(first, after)));
    }

    @Description("The report the hit is in; for a REPORT hit, the hit itself.")
    public List<@NonNull ReportView> report(@Source List<SearchHit> hits) {
        Map<Long, ReportView> byId = reports.byIds(hits.stream().map(SearchHit::reportKey).collect(Collectors.toSet()),
                Selection.fields(context, "SearchHit", "report"));
        return hits.stream().map(h -> byId.get(h.reportKey())).toList();
    }

    @Transactional
    @Description("The item found, for an ITEM hit; null otherwise.")
    public List<ItemView> item(@Source List<SearchHit> hits) {
        List<Long> keys = keys(hits, SearchHitKind.ITEM);
        Map<Long, Item> byId = keys.isEmpty() ? Map.of() : Item.<Item>list("id in ?1", keys).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        return hits.stream().map(h -> h.kind() == SearchHitKind.ITEM ? ItemView.of(byId.get(h.key())) : null).toList();
    }

    @Description("The commitment found, for a COMMITMENT hit; null otherwise.")
    public List<CommitmentView> commitment(@Source List<SearchHit> hits) {
        Map<Long, CommitmentView> byId = commitments.byIds(keys(hits, SearchHitKind.COMMITMENT),
                Selection.fields(context, "SearchHit", "commitment"));
        return hits.stream().map(h -> h.kind() == SearchHitKind.COMMITMENT ? byId.get(h.key()) : null).toList();
    }

    private static List<Long> keys(List<SearchHit> hits, SearchHitKind kind) {
        return hits.stream().filter(h -> h.kind() == kind).map(SearchHit::key).toList();
    }
}
