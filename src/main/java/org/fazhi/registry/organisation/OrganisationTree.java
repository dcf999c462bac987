package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/**
 * Pages of the organisations below others, for many parents at once: two statements (the page of each
 * parent, the organisations), and one more for their totals when asked, however many parents a response holds.
 */
@ApplicationScoped
@Transactional
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

    /** A page of each parent's children, with the columns behind {@code fields}. */
    public Map<Long, Slice<OrganisationView>> children(Collection<Long> parents, PageRequest page, Set<String> fields) {
        return pages(CHILDREN, parents, page, fields);
    }

    public Map<Long, Slice<OrganisationView>> descendants(Collection<Long> roots, PageRequest page, Set<String> fields) {
        return pages(DESCENDANTS, roots, page, fields);
    }

    /** How many children each parent has. */
    public Map<Long, Long> childCounts(Collection<Long> parents) {
        return counts(CHILDREN, parents);
    }

    public Map<Long, Long> descendantCounts(Collection<Long> roots) {
        return counts(DESCENDANTS, roots);
    }

    private Map<Long, Slice<OrganisationView>> pages(String pairs, Collection<Long> roots, PageRequest page,
            Set<String> fields) {
        if (roots.isEmpty()) {
            return Map.of();
        }
        List<Object[]> pairsOfPage = rows(pairs + "select root, id from (select root, id, row_number() over (partition by root "
                + "order by id) as rn from pairs" + (page.afterKey() == null ? "" : " where id > " + page.afterKey())
                + ") x where rn <= " + (page.first() + 1) + " order by root, id", roots);
        return Batches.pagesPerParent(roots, pairsOfPage, ids -> organisations.byIds(ids, fields), page);
    }

    private Map<Long, Long> counts(String pairs, Collection<Long> roots) {
        return roots.isEmpty() ? Map.of()
                : Batches.countsByParent(rows(pairs + "select root, count(*) from pairs group by root", roots));
    }

    private List<Object[]> rows(String sql, Collection<Long> roots) {
        Query query = em.createNativeQuery(sql).setParameter("roots", roots.toArray(Long[]::new));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
