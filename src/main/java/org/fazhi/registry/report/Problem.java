package org.fazhi.registry.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A shortcoming a report admits (存在的问题和不足), possibly repeated from the year before. */
@Entity
public class Problem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_seq")
    @SequenceGenerator(name = "problem_seq", sequenceName = "problem_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "item_id")
    public Long itemId;

    public String title;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int ordinal;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    /** The same problem in the organisation's previous report. */
    @Column(name = "recurs_from_id")
    public Long recursFromId;

    @Column(name = "recurrence_score")
    public Double recurrenceScore;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;
}
