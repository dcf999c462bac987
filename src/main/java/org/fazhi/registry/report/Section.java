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
import org.fazhi.registry.extraction.SectionKind;

/** A numbered part of a report (一、…), with the kind its heading names. */
@Entity
public class Section extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
    @SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionKind kind;

    public String heading;

    @Column(nullable = false)
    public int ordinal;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;
}
