package org.fazhi.registry.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.extraction.OrganisationEvidence;
import org.fazhi.registry.extraction.Script;
import org.fazhi.registry.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submitted text of an organisation's annual report, with its metadata. */
@Entity
public class Report extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(name = "report_year", nullable = false)
    public int reportYear;

    public String title;

    /** 文号, e.g. 济高新文〔2024〕39号. */
    @Column(name = "document_number")
    public String documentNumber;

    /** 索引号 of the publishing website. */
    @Column(name = "index_number")
    public String indexNumber;

    /** 签发人. */
    public String signer;

    /** 主送机关. */
    public String recipient;

    @Column(name = "issued_date")
    public LocalDate issuedDate;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    @Column(name = "source_url")
    public String sourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Script script;

    /** The submitted text as UTF-8 bytes, exactly as received. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "original_text", nullable = false)
    public byte[] originalText;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "normalised_text", nullable = false)
    public String normalisedText;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportState state;

    @Column(name = "supersedes_id")
    public Long supersedesId;

    @Column(name = "parser_version", nullable = false)
    public String parserVersion;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> warnings = new ArrayList<>();

    @Column(name = "submitted_by")
    public String submittedBy;

    /** Where the text names its issuing body; null when it does not name it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_evidence")
    public OrganisationEvidence organisationEvidence;

    public static Optional<Report> findCurrent(long organisationId, int reportYear) {
        return find("organisationId = ?1 and reportYear = ?2 and state = ?3",
                organisationId, reportYear, ReportState.CURRENT).firstResultOptional();
    }
}
