package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/**
 * Pages of the organisations below others, for many parents at once: three statements (the page of each
 * parent, their totals, the organisations) however many parents a response holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationTree {

    /** Each parent with each of its children. */
    private static final String CHILDREN = "with pairs(root, id) as (select parent_id, id from organisation "
            + "where parent_id = any(cast(:roots as bigint[]))) ";
    /** Each root with everything below it; UNION stops at an organisation already reached, should a cycle exist. */
    private static final String DESCENDANTS = "with recursive pairs(root, id) as (select parent_id, id from organisation "
            + "where parent_id = any(cast(:roots as bigint[])) union select p.root, o.id from organisation o "
            + "join pairs p on o.parent_id = p.id) ";

    private final EntityManager em;
    private final OrganisationQuery organisations;

    public OrganisationTree(EntityManager em, OrganisationQuery organisations) {
        this.em = em;
        this.organisations = organisations;
    }

    public Map<Long, Slice<Organisation>> children(Collection<Long> parents, PageRequest page) {
        return pages(CHILDREN, parents, page);
    }

    public Map<Long, Slice<Organisation>> descendants(Collection<Long> roots, PageRequest page) {
        return pages(DESCENDANTS, roots, page);
    }

    private Map<Long, Slice<Organisation>> pages(String pairs, Collection<Long> roots, PageRequest page) {
        if (roots.isEmpty()) {
            return Map.of();
        }
        List<Object[]> pairsOfPage = rows(pairs + "select root, id from (select root, id, row_number() over (partition by root "
                + "order by id) as rn from pairs" + (page.afterKey() == null ? "" : " where id > " + page.afterKey())
                + ") x where rn <= " + (page.first() + 1) + " order by root, id", roots);
        Map<Long, Long> totals = Batches.countsByParent(rows(pairs + "select root, count(*) from pairs group by root", roots));
        return Batches.pagesPerParent(roots, pairsOfPage, totals, organisations::byIds, page);
    }

    private List<Object[]> rows(String sql, Collection<Long> roots) {
        Query query = em.createNativeQuery(sql).setParameter("roots", roots.toArray(Long[]::new));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
