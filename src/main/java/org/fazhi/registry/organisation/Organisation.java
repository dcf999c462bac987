package org.fazhi.registry.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.persistence.AuditedEntity;

/** A body that issues reports: a government, one of its departments, a township or a development zone. */
@Entity
public class Organisation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    /** GB/T 2260 行政区划代码, six digits. */
    @Column(name = "division_code")
    public String divisionCode;

    @Column(name = "division_name")
    public String divisionName;

    /** 统一社会信用代码, verified before it is stored. */
    @Column(name = "credit_code", unique = true)
    public String creditCode;

    @ElementCollection
    @CollectionTable(name = "organisation_other_name", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "name")
    @OrderBy
    public Set<String> otherNames = new LinkedHashSet<>();

    /** False for a body created from a report text whose name may be one already registered, until a person decides. */
    @Column(nullable = false)
    public boolean confirmed = true;

    /** The registered bodies an unconfirmed one may be. */
    @ElementCollection
    @CollectionTable(name = "organisation_candidate", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "candidate_id")
    @OrderBy
    public Set<Long> candidateIds = new LinkedHashSet<>();

    public static Optional<Organisation> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    /** Organisations whose name or one of whose other names is exactly one of {@code names}. */
    public static List<Organisation> findByAnyName(Set<String> names) {
        return list("select distinct o from Organisation o left join o.otherNames n "
                + "where o.name in ?1 or n in ?1 order by o.id", names);
    }
}
