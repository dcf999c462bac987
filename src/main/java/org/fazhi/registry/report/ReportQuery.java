package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.Conditions;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/** Reads reports for the API: filtered pages, batched lookups, and the texts on demand. */
@ApplicationScoped
@Transactional
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
