package org.fazhi.registry.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change integrators must see. The transaction id column is filled by the database and read
 * only by the feed's own SQL, which orders and bounds the feed by it.
 */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false)
    public EntityType entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeAction action;

    public String actor;

    @Column(name = "occurred_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime occurredAt;
}
