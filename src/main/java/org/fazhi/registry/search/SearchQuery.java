package org.fazhi.registry.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.persistence.Conditions;

/**
 * Full-text search inside PostgreSQL. Chinese has no spaces between words, so a query is matched as a
 * literal substring: {@code LIKE '%…%'} answered from the pg_trgm GIN indexes of V2_2 and rechecked
 * exactly. Ranking, snippets and offsets are computed in the same statement, for the page only.
 */
@ApplicationScoped
@Transactional
public class SearchQuery {

    /** Characters of context on each side of the first occurrence in a snippet. */
    static final int CONTEXT = 30;
    static final int MAX_QUERY_LENGTH = 100;

    /** Occurrences of :q in a text column (null counts none). */
    private static final String HITS = "((length(coalesce(%1$s, '')) - length(replace(coalesce(%1$s, ''), :q, ''))) / length(:q))";
    /** Title occurrences count three times; the total is damped by the text's length so short texts that are about the query win. */
    private static final String SCORE = "((3 * " + HITS.formatted("%1$s") + " + " + HITS.formatted("%2$s")
            + ")::float8 / (1 + ln(1 + length(%2$s) / 1000.0)))";

    /** One source of hits: its kind, its table, its title and text columns, its span in the report's normalised text. */
    private record Source(SearchHitKind kind, String table, String alias, String title, String text, String spanStart,
            String spanEnd, boolean themed) {

        String select(String reportConditions, boolean theme) {
            String join = alias.equals("r") ? "report r" : table + " " + alias + " join report r on r.id = " + alias + ".report_id";
            return "select '" + kind + "' as kind, " + alias + ".id as id, r.id as report_id, " + spanStart + " as span_start, "
                    + spanEnd + " as span_end, " + title + " as title, " + SCORE.formatted(title, text) + " as score from "
                    + join + " where r.state = 'CURRENT' and (" + title + " like :pattern or " + text + " like :pattern)"
                    + reportConditions + (theme ? " and :theme = any(" + alias + ".themes)" : "");
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source(SearchHitKind.REPORT, "report", "r", "r.title", "r.normalised_text", "0", "length(r.normalised_text)", false),
            new Source(SearchHitKind.ITEM, "item", "i", "i.title", "i.text", "i.start_offset", "i.end_offset", true),
            new Source(SearchHitKind.COMMITMENT, "commitment", "c", "c.title", "c.text", "c.start_offset", "c.end_offset", true));

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
            from page p join report r on r.id = p.report_id
            cross join lateral (select p.span_start - 1 + nullif(strpos(substr(r.normalised_text, p.span_start + 1,
                p.span_end - p.span_start), :q), 0) as start) m
            order by p.score desc, p.kind, p.id""";

    /** The statement over all sources a search reads, with its parameters. */
    private record Union(String sql, Map<String, Object> parameters) {

        /** {@code template} around the union, answering one value a row. */
        Query query(EntityManager em, String template) {
            return withParameters(em.createNativeQuery(template.formatted(sql)));
        }

        /** {@code template} around the union, answering rows whose columns are read by name. */
        Query tuples(EntityManager em, String template) {
            return withParameters(em.createNativeQuery(template.formatted(sql), Tuple.class));
        }

        private Query withParameters(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private final EntityManager em;

    public SearchQuery(EntityManager em) {
        this.em = em;
    }

    /** A page of the hits of {@code query}, best first; an empty page when no source can match. */
    public Slice<RankedHit> search(String query, SearchFilter filter, PageRequest page) throws InvalidArgumentException {
        String q = normalise(query);
        Union union = union(q, filter);
        if (union == null) {
            return Slice.of(List.of(), page);
        }
        long offset = page.afterKey() == null ? 0 : page.afterKey();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = union.tuples(em, PAGE).setParameter("limit", page.first() + 1)
                .setParameter("offset", offset).setParameter("context", CONTEXT).getResultList();
        List<RankedHit> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            hits.add(new RankedHit(offset + i + 1, hit(rows.get(i), q)));
        }
        return Slice.of(hits, page);
    }

    /** How many hits {@code query} has in all. */
    public int count(String query, SearchFilter filter) throws InvalidArgumentException {
        Union union = union(normalise(query), filter);
        return union == null ? 0 : ((Number) union.query(em, "select count(*) from (%s) h").getSingleResult()).intValue();
    }

    /** The sources {@code filter} lets through, as one statement; null when it lets none through. */
    private static Union union(String q, SearchFilter filter) throws InvalidArgumentException {
        SearchFilter f = filter == null ? SearchFilter.NONE : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("q", q);
        parameters.put("pattern", Conditions.containing(q));
        String reportConditions = reportConditions(f, parameters);
        if (f.theme() != null) {
            parameters.put("theme", f.theme().name());
        }
        List<String> parts = SOURCES.stream()
                .filter(s -> f.kinds() == null || f.kinds().isEmpty() || f.kinds().contains(s.kind()))
                .filter(s -> f.theme() == null || s.themed())
                .map(s -> s.select(reportConditions, f.theme() != null)).toList();
        return parts.isEmpty() ? null : new Union(String.join(" union all ", parts), parameters);
    }

    /** The query as the texts are stored: simplified characters, so 政務公開 finds 政务公开. */
    private static String normalise(String query) throws InvalidArgumentException {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new InvalidArgumentException("`query` must not be blank");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidArgumentException("`query` must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return ChineseScript.toSimplified(q);
    }

    private static String reportConditions(SearchFilter f, Map<String, Object> parameters) throws InvalidArgumentException {
        StringBuilder sql = new StringBuilder();
        if (f.organisationId() != null) {
            long organisation = GlobalId.decode(f.organisationId(), NodeType.Organisation).orElseThrow(
                    () -> new InvalidArgumentException("`organisationId` is not an organisation ID: " + f.organisationId()));
            sql.append(" and r.organisation_id = :organisation");
            parameters.put("organisation", organisation);
        }
        if (f.yearFrom() != null) {
            sql.append(" and r.report_year >= :yearFrom");
            parameters.put("yearFrom", f.yearFrom());
        }
        if (f.yearTo() != null) {
            sql.append(" and r.report_year <= :yearTo");
            parameters.put("yearTo", f.yearTo());
        }
        return sql.toString();
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
