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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item of a report's next-year plan (下一年度工作安排), followed into the next year's report. */
@Entity
public class Commitment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(name = "item_id")
    public Long itemId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int ordinal;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentStatus status = CommitmentStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_source", nullable = false)
    public StatusSource statusSource = StatusSource.AUTO;

    public String note;

    /** The commitment of the superseded version whose reviewer decision this one took over. */
    @Column(name = "carried_from_id")
    public Long carriedFromId;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }
}
