package org.fazhi.registry.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The document a report was read from, kept byte for byte; one per report, the first it was read from. */
@Entity
@Table(name = "report_document")
public class ReportDocument extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public Long reportId;

    /** The media type of the format read from the bytes, not the one the sender declared. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "file_name")
    public String fileName;

    @Column(nullable = false)
    public int size;

    /** SHA-256 of the bytes, hex encoded. */
    @Column(nullable = false)
    public String sha256;

    /** Loaded only when read: lists of reports never carry the files. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now();
    }

    static Optional<ReportDocument> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
