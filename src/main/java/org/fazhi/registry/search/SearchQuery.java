package org.fazhi.registry.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/**
 * Full-text search inside PostgreSQL. Chinese has no spaces between words, so a query is matched as a
 * literal substring: {@code LIKE '%…%'}, rechecked exactly wherever an index found the rows. The hits ranked are
 * those {@link SearchCandidates} finds; ranking, snippets and offsets are computed in one statement, the snippets
 * for the page only. A snippet's report text is read once
 * (see {@link SearchSource}), however many times its expression names it, and the first occurrence is searched for
 * once: without its fence the planner copies that search into each of the six places naming {@code m.start}.
 */
@ApplicationScoped
@Transactional
public class SearchQuery {

    /** Characters of context on each side of the first occurrence in a snippet. */
    static final int CONTEXT = 30;

    private static final String PAGE = """
            with page as (select h.* from (%s) h order by score desc, kind, id limit :limit offset :offset)
            select p.kind, p.id, p.report_id, p.score, m.start,
              case when m.start is null then replace(coalesce(p.title, ''), :q, '【' || :q || '】')
                   else case when m.start - :context > p.span_start then '…' else '' end
                     || replace(substr(r.normalised_text, greatest(m.start - :context, p.span_start) + 1,
                          least(m.start + length(:q) + :context, p.span_end) - greatest(m.start - :context, p.span_start)),
                          :q, '【' || :q || '】')
                     || case when m.start + length(:q) + :context < p.span_end then '…' else '' end
              end as snippet
            from page p join report r0 on r0.id = p.report_id
            cross join lateral (select r0.normalised_text || '' as normalised_text offset 0) r
            cross join lateral (select p.span_start - 1 + nullif(strpos(substr(r.normalised_text, p.span_start + 1,
                p.span_end - p.span_start), :q), 0) as start offset 0) m
            order by p.score desc, p.kind, p.id""";

    private final EntityManager em;
    private final SearchCandidates candidates;

    public SearchQuery(EntityManager em, SearchCandidates candidates) {
        this.em = em;
        this.candidates = candidates;
    }

    /** A page of the ranking of {@code query}'s hits, best first. */
    public Ranking search(String query, SearchFilter filter, PageRequest page) throws InvalidArgumentException {
        SearchScope scope = SearchScope.of(query, filter);
        Candidates found = candidates.find(scope);
        return new Ranking(page(scope.q(), found.ranked(), page), found.total(), found.complete());
    }

    /** The page of the hits {@code ranked}, scored and ordered. */
    private Slice<RankedHit> page(String q, Map<SearchSource, List<Long>> ranked, PageRequest page) {
        List<SearchSource> sources = ranked.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (sources.isEmpty()) {
            return Slice.of(List.of(), page);
        }
        long offset = page.afterKey() == null ? 0 : page.afterKey();
        Query query = em.createNativeQuery(PAGE.formatted(sources.stream().map(SearchSource::scored)
                .collect(Collectors.joining(" union all "))), Tuple.class)
                .setParameter("q", q).setParameter("limit", page.first() + 1).setParameter("offset", offset)
                .setParameter("context", CONTEXT);
        sources.forEach(s -> query.setParameter(s.kind + "Ids", ranked.get(s)));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        List<RankedHit> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            hits.add(new RankedHit(offset + i + 1, hit(rows.get(i), q)));
        }
        return Slice.of(hits, page);
    }

    /** A row of {@link #PAGE}, read by column name. */
    private static SearchHit hit(Tuple row, String q) {
        Number start = row.get("start", Number.class);
        return new SearchHit(SearchHitKind.valueOf(row.get("kind", String.class)), row.get("id", Number.class).longValue(),
                row.get("report_id", Number.class).longValue(), row.get("score", Number.class).doubleValue(),
                row.get("snippet", String.class), start == null ? null : start.intValue(),
                start == null ? null : start.intValue() + q.length());
    }
}
