package org.fazhi.registry.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.registry.extraction.MatchStrength;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** STRONG or PARTIAL: how the matcher judged the item. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchStrength strength;

    /** The commitment's terms the item holds, as the matcher reports them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "matched_terms", nullable = false)
    public List<String> matchedTerms = new ArrayList<>();
}
