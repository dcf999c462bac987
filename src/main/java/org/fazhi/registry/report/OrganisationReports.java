package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.Conditions;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/**
 * A page of reports for each of many organisations, in submission order: three statements (each page's
 * ids, the totals, the reports) however many organisations a response holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationReports {

    private final EntityManager em;
    private final ReportQuery reports;

    public OrganisationReports(EntityManager em, ReportQuery reports) {
        this.em = em;
        this.reports = reports;
    }

    public Map<Long, Slice<Report>> pages(Collection<Long> organisations, ReportFilter filter, PageRequest page)
            throws InvalidArgumentException {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        Conditions all = ReportConditions.of(filter).add("r.organisationId in :organisations", "organisations", organisations);
        Conditions after = all.copy().after(page, "r.id");
        List<Object[]> ids = rows("select x.organisation, x.id from (select r.organisationId as organisation, r.id as id, "
                + "row_number() over (partition by r.organisationId order by r.id) as rn from Report r where "
                + after.where() + ") x where x.rn <= " + (page.first() + 1) + " order by x.organisation, x.id", after);
        Map<Long, Long> totals = Batches.countsByParent(rows("select r.organisationId, count(r) from Report r where "
                + all.where() + " group by r.organisationId", all));
        return Batches.pagesPerParent(organisations, ids, totals, reports::byIds, page);
    }

    private List<Object[]> rows(String hql, Conditions conditions) {
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class);
        conditions.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }
}
