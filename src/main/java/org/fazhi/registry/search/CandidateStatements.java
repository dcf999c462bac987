package org.fazhi.registry.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statements {@link SearchCandidates} reads hits with: the next group of current reports in the order (published
 * date, unknown dates last, then id, newest first), the hits in a group, and the hits of one kind in all the reports
 * after a position, through an index.
 */
@ApplicationScoped
class CandidateStatements {

    /** A report's date in the order hits are found in: unknown dates last, newest first. */
    static final String ORDER_DATE = "coalesce(r.published_date, date '0001-01-01')";
    private static final String CURRENT = "r.state = 'CURRENT'";
    private static final String OLDER = " and (" + ORDER_DATE + ", r.id) < (:afterDate, :afterId)";
    private static final String DOWN_TO = " and (" + ORDER_DATE + ", r.id) >= (:lastDate, :lastId)";
    /** The last of the next reports and how many there are, read from the index of current reports by date alone. */
    private static final String GROUP = "select g.d, g.id, count(*) over () as size from (select " + ORDER_DATE + " as d, r.id "
            + "from report r where " + CURRENT + "%s%s order by " + ORDER_DATE + " desc, r.id desc limit :size) g "
            + "order by g.d, g.id limit 1";
    private static final String HOLDS = "(r.title like :pattern or r.normalised_text like :pattern)";
    /** The reports a condition selects that hold the query, as an index finds them. */
    private static final String INDEXED_HITS = "select r.id, " + ORDER_DATE + " as d from report r where %s and " + HOLDS;
    /**
     * The reports of a group (at most :reportLimit) that hold the query: the group read by date, then each of its
     * texts by id. The lateral fence keeps the planner from reading every report holding a common term through the
     * trigram index (400,000 of a million for 政务公开) to keep the few hundred of the group.
     */
    private static final String GROUP_HITS = "select g.id, g.d from (select r.id, " + ORDER_DATE + " as d from report r "
            + "where %s order by " + ORDER_DATE + " desc, r.id desc limit :reportLimit) g "
            + "cross join lateral (select from report r where r.id = g.id and " + HOLDS + " offset 0) held";
    /** The hits of the reports {@code hits} holds, of reports (all of them, up to :reportLimit) and of other kinds. */
    private static final String FOUND = """
            with hits as materialized (%s)
            select c.kind, c.id from (%s) c order by c.kind, c.d desc, c.report_id desc, c.id desc""";
    private static final String REPORT_HITS = "(select 'REPORT' as kind, h.id, h.id as report_id, h.d from hits h "
            + "order by h.d desc, h.id desc limit :reportLimit)";

    /** A report's place in the order: its published date (as ordered) and id. */
    record Position(LocalDate date, long id) {
    }

    /** A group of reports in the order: its last report and its size. */
    record Group(Position last, long size) {
    }

    private final EntityManager em;

    CandidateStatements(EntityManager em) {
        this.em = em;
    }

    /** The next {@code size} current reports of the scope after {@code after} (from the newest when null); null when none. */
    Group next(SearchScope scope, Position after, int size) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = bind(em.createNativeQuery(GROUP.formatted(scope.reports(), after == null ? "" : OLDER), Tuple.class),
                scope, after).setParameter("size", size).getResultList();
        return rows.isEmpty() ? null : new Group(new Position(date(rows.get(0).get("d")),
                rows.get(0).get("id", Number.class).longValue()), rows.get(0).get("size", Number.class).longValue());
    }

    /**
     * Adds the hits of the kinds still lacking in the reports after {@code after} down to the group's last; returns
     * how many hits of each kind the group holds (of other kinds than reports, counted up to one past the limit).
     */
    Map<SearchSource, Integer> read(SearchScope scope, Candidates candidates, Position after, Group group) {
        String reports = CURRENT + scope.reports() + (after == null ? "" : OLDER) + DOWN_TO;
        List<SearchSource> lacking = candidates.lacking();
        Query query = found(scope, lacking, GROUP_HITS.formatted(reports), group.size(), candidates.limit());
        bind(query, scope, after).setParameter("lastDate", group.last().date()).setParameter("lastId", group.last().id());
        return add(query, candidates, lacking);
    }

    /**
     * Adds the hits of {@code source} in all the reports after {@code after}, through an index: the source's own
     * trigram indexes for three characters or more; for two, the reports' bigram index and then their items or
     * commitments.
     */
    void lookUp(SearchScope scope, Candidates candidates, SearchSource source, Position after) {
        String reports = CURRENT + scope.reports() + scope.bigrams() + OLDER;
        Query query;
        if (scope.q().length() > 2 || source == SearchSource.REPORT) {
            query = em.createNativeQuery(source.matches(reports, scope.theme() != null), Tuple.class)
                    .setParameter("pattern", scope.pattern()).setParameter("limit", candidates.limit() + 1);
            if (scope.theme() != null && source.themed) {
                query.setParameter("theme", scope.theme());
            }
        } else {
            query = found(scope, List.of(source), INDEXED_HITS.formatted(reports), candidates.limit() + 1, candidates.limit());
        }
        if (!scope.bigrams().isEmpty()) {
            query.setParameter("q", scope.q());
        }
        add(bind(query, scope, after), candidates, List.of(source));
        candidates.finish(source);
    }

    /** How many reports there are, as PostgreSQL last estimated: what a look-up in an index is weighed against. */
    long reportCount() {
        return ((Number) em.createNativeQuery("select greatest(reltuples, 0)::bigint from pg_class where oid = 'report'::regclass")
                .getSingleResult()).longValue();
    }

    /**
     * The hits of {@code sources} in the reports the statement {@code hits} finds: those reports up to
     * {@code reportLimit} whatever the sources, and of the other sources up to one past {@code limit}.
     */
    private Query found(SearchScope scope, List<SearchSource> sources, String hits, long reportLimit, int limit) {
        List<SearchSource> others = sources.stream().filter(s -> s != SearchSource.REPORT).toList();
        boolean theme = scope.theme() != null;
        String branches = REPORT_HITS + others.stream().map(s -> " union all " + s.found(theme)).collect(Collectors.joining());
        Query query = em.createNativeQuery(FOUND.formatted(hits, branches), Tuple.class)
                .setParameter("pattern", scope.pattern()).setParameter("reportLimit", reportLimit);
        if (theme && !others.isEmpty()) {
            query.setParameter("theme", scope.theme());
        }
        others.forEach(s -> query.setParameter(s.kind + "Limit", limit + 1));
        return query;
    }

    /** Adds the rows of {@code sources} to the candidates; returns how many rows each kind had. */
    private static Map<SearchSource, Integer> add(Query query, Candidates candidates, List<SearchSource> sources) {
        Map<SearchSource, Integer> counts = new EnumMap<>(SearchSource.class);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        for (Tuple row : rows) {
            SearchSource source = SearchSource.valueOf(row.get("kind", String.class));
            counts.merge(source, 1, Integer::sum);
            if (sources.contains(source)) {
                candidates.add(source, row.get("id", Number.class).longValue());
            }
        }
        return counts;
    }

    /** Binds the scope's report conditions and, when given, the position the reports come after. */
    private static Query bind(Query query, SearchScope scope, Position after) {
        scope.parameters().forEach(query::setParameter);
        if (after != null) {
            query.setParameter("afterDate", after.date()).setParameter("afterId", after.id());
        }
        return query;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
