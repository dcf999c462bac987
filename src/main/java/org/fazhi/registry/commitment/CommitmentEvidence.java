package org.fazhi.registry.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An item of a later report that carries a commitment out, with how well it matches. */
@Entity
@Table(name = "commitment_evidence")
@IdClass(CommitmentEvidence.Key.class)
public class CommitmentEvidence extends PanacheEntityBase {

    /** The composite key: one row per commitment and item. */
    public record Key(Long commitmentId, Long itemId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "commitment_id")
    public Long commitmentId;

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Column(nullable = false)
    public double score;

    @Column(nullable = false)
    public int rank;
}
