package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.registry.graphql.Conditions;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.persistence.Projection;
import org.fazhi.registry.persistence.SqlRows;

/**
 * Reads reports for the API: filtered pages, batched lookups, and the texts on demand. Each read
 * selects only the columns behind the fields asked for and holds its connection only while it runs
 * (Hibernate reads in a transaction of their own, plain SQL reads on one statement), so no connection
 * is held while the rest of a response is resolved.
 */
@ApplicationScoped
public class ReportQuery {

    private final EntityManager em;
    private final SqlRows rows;

    public ReportQuery(EntityManager em, SqlRows rows) {
        this.em = em;
        this.rows = rows;
    }

    /** A page of the reports {@code reports} selects (conditions over {@code Report r}). */
    @Transactional
    public Slice<ReportView> page(Conditions reports, Ordering<ReportView> ordering, PageRequest page, Set<String> fields)
            throws InvalidArgumentException {
        Conditions conditions = ordering.after(reports.copy(), page, "r.id");
        Projection<ReportView> projection = Projection.of(ReportView.class, "r", ordering.withSortField(fields));
        List<ReportView> rows = projection.list(em, "from Report r where " + conditions.where() + " order by "
                + ordering.orderBy("r.id"), conditions.parameters().map(), page.first() + 1);
        return Slice.of(rows, page);
    }

    /** How many reports {@code reports} selects. */
    @Transactional
    public int count(Conditions reports) {
        return (int) Report.count("from Report r where " + reports.where(), reports.parameters());
    }

    /** The reports with the given ids, by id, with the columns behind {@code fields}. */
    public Map<Long, ReportView> byIds(Collection<Long> ids, Set<String> fields) {
        return rows.list(Projection.of(ReportView.class, "r", fields), "from report r where r.id = any(?)", ids)
                .stream().collect(Collectors.toMap(ReportView::key, r -> r));
    }

    /** The original texts of the given reports, decoded from the stored UTF-8 bytes. */
    @Transactional
    public Map<Long, byte[]> originalTexts(Collection<Long> ids) {
        return texts("original_text", ids, byte[].class);
    }

    @Transactional
    public Map<Long, String> normalisedTexts(Collection<Long> ids) {
        return texts("normalised_text", ids, String.class);
    }

    private <T> Map<Long, T> texts(String column, Collection<Long> ids, Class<T> type) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, " + column + " from report where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> type.cast(r[1])));
    }
}
