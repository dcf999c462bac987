package org.fazhi.registry.cache;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps {@code data_change} small: of the changes below the oldest running transaction only the last one names a
 * version, so the ones before it are deleted. Every snapshot taken from now on has an xmin at or above that bound, so
 * the highest change below its xmin, the only one it reads, is never deleted.
 */
@ApplicationScoped
public class DataChangePruner {

    private final EntityManager em;

    public DataChangePruner(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @Scheduled(every = "10m", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void prune() {
        em.createNativeQuery("delete from data_change where tx_id < (select max(tx_id) from data_change "
                + "where tx_id < pg_snapshot_xmin(pg_current_snapshot()))").executeUpdate();
    }
}
