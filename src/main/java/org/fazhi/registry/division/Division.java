package org.fazhi.registry.division;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A division of the administrative map; the table is written by migrations only. */
@Entity
public class Division extends PanacheEntityBase {

    /** GB/T 2260 code, six digits; nine for a township. */
    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    /** 1 province, 2 prefecture, 3 county, 4 township. */
    public short level;

    @Enumerated(EnumType.STRING)
    public DivisionType type;

    public String name;

    @Column(name = "full_name")
    public String fullName;

    public DivisionRecord record() {
        return new DivisionRecord(code, parentCode, DivisionLevel.of(level), type, name, fullName);
    }
}
