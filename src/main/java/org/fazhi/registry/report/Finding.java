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
import jakarta.persistence.Table;
import org.fazhi.registry.extraction.ComplianceRule;
import org.fazhi.registry.extraction.Severity;

/** A way a report falls short of 《法治政府建设与责任落实督察工作规定》. */
@Entity
@Table(name = "compliance_finding")
public class Finding extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_finding_seq")
    @SequenceGenerator(name = "compliance_finding_seq", sequenceName = "compliance_finding_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplianceRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public String message;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;
}
