package org.fazhi.registry.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes change events inside the transaction that makes the change, so the feed never disagrees with the data. */
@ApplicationScoped
public class ChangeLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EntityType type, long entityId, ChangeAction action, String actor) {
        ChangeEvent event = new ChangeEvent();
        event.entityType = type;
        event.entityId = entityId;
        event.action = action;
        event.actor = actor;
        event.persist();
    }
}
