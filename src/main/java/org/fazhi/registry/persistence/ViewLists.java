package org.fazhi.registry.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link ViewList} a page at a time, each page starting after the last row of the one before (keyset
 * pagination) and read with only the columns behind the fields asked for, and counts it. Each read runs in a
 * transaction of its own, so no connection is held while the rest of a response is resolved.
 */
@ApplicationScoped
@Transactional
public class ViewLists {

    private final EntityManager em;

    public ViewLists(EntityManager em) {
        this.em = em;
    }

    /**
     * The views of at most {@code limit} rows of {@code list} that {@code filter} selects after {@code after} in
     * {@code order}, with the columns behind {@code fields}.
     */
    public <V extends Record> List<V> read(ViewList<V> list, Conditions filter, KeysetOrder order, Keyset after,
            Set<String> fields, int limit) {
        return Projection.of(list.view(), list.alias(), fields).list(em,
                list.from() + filter.where(after) + " order by " + order.orderBy(), filter.parameters(after), limit);
    }

    /** How many rows of {@code list} {@code filter} selects. */
    public int count(ViewList<?> list, Conditions filter) {
        TypedQuery<Long> query = em.createQuery("select count(*) " + list.from() + filter.where(), Long.class);
        filter.parameters().map().forEach(query::setParameter);
        return query.getSingleResult().intValue();
    }
}
