package org.fazhi.registry.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of a commitment's status: who, when, from, to, why, on what evidence. Never updated. */
@Entity
@Table(name = "commitment_status_change")
public class CommitmentStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_status_change_seq")
    @SequenceGenerator(name = "commitment_status_change_seq", sequenceName = "commitment_status_change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "commitment_id", nullable = false)
    public Long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CommitmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CommitmentStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatusSource source;

    public String actor;

    public String note;

    @Column(name = "evidence_item_id")
    public Long evidenceItemId;

    @Column(name = "evidence_score")
    public Double evidenceScore;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @PrePersist
    void onCreate() {
        if (changedAt == null) { // a change copied from a superseded version keeps its time
            changedAt = OffsetDateTime.now();
        }
    }
}
