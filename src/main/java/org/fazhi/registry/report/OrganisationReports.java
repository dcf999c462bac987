package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.persistence.Keyset;

/**
 * A page of reports for each of many organisations, in submission order: two statements (each page's ids,
 * the reports with the columns asked for), and one more for the totals when asked, however many
 * organisations a response holds.
 */
@ApplicationScoped
@Transactional
public class OrganisationReports {

    private final EntityManager em;
    private final ReportQuery reports;

    public OrganisationReports(EntityManager em, ReportQuery reports) {
        this.em = em;
        this.reports = reports;
    }

    /** The page of each organisation's reports among those {@code filter} selects (conditions over {@code Report r}). */
    public Map<Long, Slice<ReportView>> pages(Collection<Long> organisations, Conditions filter, PageRequest page,
            Set<String> fields) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        Conditions selected = of(organisations, filter);
        Keyset after = Keyset.after("r.id", page.afterKey());
        List<Object[]> ids = rows("select x.organisation, x.id from (select r.organisationId as organisation, r.id as id, "
                + "row_number() over (partition by r.organisationId order by r.id) as rn from Report r where "
                + selected.where(after) + ") x where x.rn <= " + (page.first() + 1) + " order by x.organisation, x.id",
                selected.parameters(after));
        return Batches.pagesPerParent(organisations, ids, keys -> reports.byIds(keys, fields), page);
    }

    /** How many of the reports {@code filter} selects each organisation has. */
    public Map<Long, Long> counts(Collection<Long> organisations, Conditions filter) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        Conditions all = of(organisations, filter);
        return Batches.countsByParent(rows("select r.organisationId, count(r) from Report r where " + all.where()
                + " group by r.organisationId", all.parameters().map()));
    }

    private static Conditions of(Collection<Long> organisations, Conditions filter) {
        return filter.copy().add("r.organisationId in :organisations", "organisations", organisations);
    }

    private List<Object[]> rows(String hql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
