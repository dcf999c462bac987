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

/**
 * Reads reports for the API: filtered pages, batched lookups, and the texts on demand. Each read
 * selects only the columns behind the fields asked for, and runs in a transaction of its own, so no
 * connection is held while the rest of a response is resolved.
 */
@ApplicationScoped
@Transactional
public class ReportQuery {

    private final EntityManager em;

    public ReportQuery(EntityManager em) {
        this.em = em;
    }

    /** A page of the reports {@code reports} selects (conditions over {@code Report r}). */
    public Slice<ReportView> page(Conditions reports, Ordering<ReportView> ordering, PageRequest page, Set<String> fields)
            throws InvalidArgumentException {
        Conditions conditions = ordering.after(reports.copy(), page, "r.id");
        Projection<ReportView> projection = Projection.of(ReportView.class, "r", ordering.withSortField(fields));
        List<ReportView> rows = projection.list(em, "from Report r where " + conditions.where() + " order by "
                + ordering.orderBy("r.id"), conditions.parameters().map(), page.first() + 1);
        return Slice.of(rows, page);
    }

    /** How many reports {@code reports} selects. */
    public int count(Conditions reports) {
        return (int) Report.count("from Report r where " + reports.where(), reports.parameters());
    }

    /** The reports with the given ids, by id, with the columns behind {@code fields}. */
    public Map<Long, ReportView> byIds(Collection<Long> ids, Set<String> fields) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Projection.of(ReportView.class, "r", fields)
                .list(em, "from Report r where r.id in :ids", Map.of("ids", ids), Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(ReportView::key, r -> r));
    }

    /** The original texts of the given reports, decoded from the stored UTF-8 bytes. */
    public Map<Long, byte[]> originalTexts(Collection<Long> ids) {
        return texts("original_text", ids, byte[].class);
    }

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
