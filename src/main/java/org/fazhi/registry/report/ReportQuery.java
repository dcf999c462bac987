package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.Conditions;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/** Reads reports for the API: filtered pages, batched lookups, and the texts on demand. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQuery {

    private final EntityManager em;

    public ReportQuery(EntityManager em) {
        this.em = em;
    }

    public Slice<Report> page(ReportFilter filter, Ordering<ReportView> ordering, PageRequest page)
            throws InvalidArgumentException {
        Conditions conditions = ordering.after(ReportConditions.of(filter), page, "r.id");
        List<Report> rows = Report.<Report>find("from Report r where " + conditions.where()
                + " order by " + ordering.orderBy("r.id"), conditions.parameters()).range(0, page.first()).list();
        Conditions all = conditions.withoutCursor();
        int total = (int) Report.count("from Report r where " + all.where(), all.parameters());
        return Slice.of(rows, page, total);
    }

    public Map<Long, Report> byIds(Collection<Long> ids) {
        return Batches.byId(ids, keys -> Report.list("id in ?1", keys), r -> r.id);
    }

    /**
     * Texts of reports, as many as fitted the allowance they were read with: {@code byId} lacks the others, and
     * {@code bytes} counts them all as stored.
     */
    public record Texts<T>(Map<Long, T> byId, long bytes, boolean complete) {
    }

    /** The original texts of the given reports as stored (UTF-8), those that fit in {@code allowance} bytes. */
    public Texts<byte[]> originalTexts(Collection<Long> ids, long allowance) {
        return texts("original_text", ids, allowance, byte[].class);
    }

    /** The normalised texts of the given reports, those that fit in {@code allowance} bytes as stored. */
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
