package org.fazhi.registry.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.persistence.Conditions;

/**
 * One search: the query as the texts are stored (simplified, so 政務公開 finds 政务公开), the sources its filter lets
 * through, the conditions on their reports ({@code reports}, over {@code report r}) with their parameters, and the
 * theme items and commitments must carry (null for any).
 */
record SearchScope(String q, List<SearchSource> sources, String reports, Map<String, Object> parameters, String theme) {

    static final int MAX_QUERY_LENGTH = 100;
    /** The expression the bigram index of current reports (V12_2) is built on. */
    private static final String REPORT_BIGRAMS = "search_bigrams(coalesce(r.title, '') || E'\\n' || r.normalised_text)";

    static SearchScope of(String query, SearchFilter filter) throws InvalidArgumentException {
        String q = normalise(query);
        SearchFilter f = filter == null ? SearchFilter.NONE : filter;
        Map<String, Object> parameters = new HashMap<>();
        String reports = reportConditions(f, parameters);
        List<SearchSource> sources = Arrays.stream(SearchSource.values())
                .filter(s -> f.kinds() == null || f.kinds().isEmpty() || f.kinds().contains(s.kind))
                .filter(s -> f.theme() == null || s.themed).toList();
        return new SearchScope(q, sources, reports, Map.copyOf(parameters), f.theme() == null ? null : f.theme().name());
    }

    /** The LIKE pattern of the query. */
    String pattern() {
        return Conditions.containing(q);
    }

    /**
     * Whether an index finds the reports holding the query: pg_trgm's for three characters or more (V2_2), the
     * bigrams' for two (V12_2). A single character has neither.
     */
    boolean indexed() {
        return q.length() >= 3 || q.length() == 2 && q.chars().noneMatch(Character::isWhitespace);
    }

    /** The condition that lets the bigram index find the reports holding a two-character query; empty otherwise. */
    String bigrams() {
        return q.length() == 2 && indexed() ? " and " + REPORT_BIGRAMS + " @> array[cast(:q as text)]" : "";
    }

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
}
