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

/** An enumerated item of a section ((一), 一是, ①, 1. …) or an unnumbered paragraph standing as one. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "section_id", nullable = false)
    public Long sectionId;

    @Column(name = "parent_id")
    public Long parentId;

    public String marker;

    public String title;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public int depth;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> themes = new ArrayList<>();

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;
}
