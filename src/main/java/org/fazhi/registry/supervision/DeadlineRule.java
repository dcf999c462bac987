package org.fazhi.registry.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * By when reports on a year must be public: before a day of the following year, for a division's subtree
 * (the whole country when it has none) and a year (every year when it has none).
 */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_rule_seq")
    @SequenceGenerator(name = "deadline_rule_seq", sequenceName = "deadline_rule_seq", allocationSize = 50)
    public Long id;

    @Column(name = "division_code")
    public String divisionCode;

    /** What every code of the subtree starts with; empty for the whole country. */
    @Column(name = "division_prefix", nullable = false)
    public String divisionPrefix;

    @Column(name = "report_year")
    public Integer reportYear;

    @Column(name = "due_before_month", nullable = false)
    public short dueBeforeMonth;

    @Column(name = "due_before_day", nullable = false)
    public short dueBeforeDay;

    @Column(nullable = false)
    public String basis;

    static Optional<DeadlineRule> findScope(String divisionPrefix, Integer reportYear) {
        return reportYear == null
                ? find("divisionPrefix = ?1 and reportYear is null", divisionPrefix).firstResultOptional()
                : find("divisionPrefix = ?1 and reportYear = ?2", divisionPrefix, reportYear).firstResultOptional();
    }
}
