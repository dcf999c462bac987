package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.registry.persistence.Projection;
import org.fazhi.registry.persistence.SqlRows;
import org.fazhi.registry.persistence.ViewList;

/**
 * Reads reports for the API: filtered pages, batched lookups, and the texts on demand. Each read
 * selects only the columns behind the fields asked for and holds its connection only while it runs
 * (Hibernate reads in a transaction of their own, plain SQL reads on one statement), so no connection
 * is held while the rest of a response is resolved.
 */
@ApplicationScoped
public class ReportQuery {

    /** The reports of the {@code reports} connection. */
    static final ViewList<ReportView> REPORTS = new ViewList<>(ReportView.class, "r", "from Report r where ");

    private final EntityManager em;
    private final SqlRows rows;

    public ReportQuery(EntityManager em, SqlRows rows) {
        this.em = em;
        this.rows = rows;
    }

    /** The reports with the given ids, by id, with the columns behind {@code fields}. */
    public Map<Long, ReportView> byIds(Collection<Long> ids, Set<String> fields) {
        return rows.list(Projection.of(ReportView.class, "r", fields), "from report r where r.id = any(?)", ids)
                .stream().collect(Collectors.toMap(ReportView::key, r -> r));
    }

    /**
     * Texts of reports, as many as fitted the allowance they were read with: {@code byId} lacks the others, and
     * {@code bytes} counts them all as stored.
     */
    public record Texts<T>(Map<Long, T> byId, long bytes, boolean complete) {
    }

    /** The original texts of the given reports as stored (UTF-8), those that fit in {@code allowance} bytes. */
    @Transactional
    public Texts<byte[]> originalTexts(Collection<Long> ids, long allowance) {
        return texts("original_text", ids, allowance, byte[].class);
    }

    /** The normalised texts of the given reports, those that fit in {@code allowance} bytes as stored. */
    @Transactional
    public Texts<String> normalisedTexts(Collection<Long> ids, long allowance) {
        return texts("normalised_text", ids, allowance, String.class);
    }

    /** Sizes come from the stored values' headers: a text beyond the allowance is never read from its table. */
    private <T> Texts<T> texts(String column, Collection<Long> ids, long allowance, Class<T> type) {
        if (ids.isEmpty()) {
            return new Texts<>(Map.of(), 0, true);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, octet_length(" + column + "), case when sum(octet_length("
                + column + ")) over (order by id) <= :allowance then " + column + " end from report where id in (:ids)")
                .setParameter("allowance", allowance).setParameter("ids", ids).getResultList();
        Map<Long, T> byId = new HashMap<>();
        long bytes = 0;
        for (Object[] row : rows) {
            bytes += ((Number) row[1]).longValue();
            if (row[2] != null) {
                byId.put(((Number) row[0]).longValue(), type.cast(row[2]));
            }
        }
        return new Texts<>(byId, bytes, byId.size() == rows.size());
    }
}
