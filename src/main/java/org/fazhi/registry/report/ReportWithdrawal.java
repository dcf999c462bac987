package org.fazhi.registry.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** The record of a report's withdrawal: why, by whom, when. */
@Entity
@Table(name = "report_withdrawal")
public class ReportWithdrawal extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public Long reportId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at", nullable = false)
    public OffsetDateTime withdrawnAt;

    public static List<ReportWithdrawal> listForReports(Collection<Long> reportIds) {
        return list("reportId in ?1", reportIds);
    }
}
