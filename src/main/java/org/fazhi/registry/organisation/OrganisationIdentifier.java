package org.fazhi.registry.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** An identifier another system uses for an organisation, e.g. scheme {@code OA} and value {@code 1203}. */
@Entity
@Table(name = "organisation_identifier")
public class OrganisationIdentifier extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_identifier_seq")
    @SequenceGenerator(name = "organisation_identifier_seq", sequenceName = "organisation_identifier_seq", allocationSize = 50)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(nullable = false)
    public String scheme;

    @Column(nullable = false)
    public String value;

    public static Optional<OrganisationIdentifier> findByKey(String scheme, String value) {
        return find("scheme = ?1 and value = ?2", scheme, value).firstResultOptional();
    }

    public static List<OrganisationIdentifier> listForOrganisations(Collection<Long> organisationIds) {
        return list("organisationId in ?1 order by organisationId, scheme, value", organisationIds);
    }
}
