package org.fazhi.registry.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.fazhi.registry.extraction.CitationKind;

/** A 《…》 title a report cites, counted over its occurrences. */
@Entity
public class Citation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_seq")
    @SequenceGenerator(name = "citation_seq", sequenceName = "citation_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(nullable = false)
    public String title;

    @Column(name = "canonical_title", nullable = false)
    public String canonicalTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CitationKind kind;

    @Column(nullable = false)
    public int occurrences;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;
}
