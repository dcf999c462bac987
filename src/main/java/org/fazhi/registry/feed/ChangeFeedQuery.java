package org.fazhi.registry.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads the change feed in commit order without gaps: events are ordered by their transaction id and
 * served only below the oldest transaction still running (the snapshot's xmin). A transaction that
 * commits later therefore always has an id at or above that bound, so it can never land behind a
 * cursor already handed out; its events are served once every older transaction has finished.
 */
@ApplicationScoped
@Transactional
public class ChangeFeedQuery {

    private static final String SELECT = "select tx_id::text, id, entity_type, entity_id, action, actor, occurred_at "
            + "from change_event where tx_id < pg_snapshot_xmin(pg_current_snapshot()) ";
    private static final String AFTER = "and (tx_id, id) > (cast(:afterTx as xid8), :afterId) ";
    private static final String ORDER = "order by tx_id, id limit :limit";

    private final EntityManager em;

    public ChangeFeedQuery(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} events after {@code after} (from the start when null), in commit order. */
    List<ChangeRow> after(FeedCursor after, int limit) {
        Query query = em.createNativeQuery(SELECT + (after == null ? "" : AFTER) + ORDER).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("afterTx", Long.toString(after.txId())).setParameter("afterId", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ChangeFeedQuery::row).toList();
    }

    /** How many events the feed serves now. */
    long count() {
        return ((Number) em.createNativeQuery("select count(*) from change_event "
                + "where tx_id < pg_snapshot_xmin(pg_current_snapshot())").getSingleResult()).longValue();
    }

    private static ChangeRow row(Object[] r) {
        return new ChangeRow(new FeedCursor(Long.parseLong((String) r[0]), ((Number) r[1]).longValue()),
                EntityType.valueOf((String) r[2]), ((Number) r[3]).longValue(), ChangeAction.valueOf((String) r[4]),
                (String) r[5], ((Instant) r[6]).atOffset(ZoneOffset.UTC));
    }
}
