package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The divisions an organisation's name fits when it fits several, kept until a person picks one. */
@ApplicationScoped
@Transactional
public class DivisionCandidates {

    private final EntityManager em;

    public DivisionCandidates(EntityManager em) {
        this.em = em;
    }

    /** The candidates of each organisation, in code order; one query. */
    public Map<Long, List<String>> of(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select organisation_id, division_code from "
                + "organisation_division_candidate where organisation_id in (:ids) order by division_code")
                .setParameter("ids", organisationIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    public void replace(long organisationId, Collection<String> codes) {
        clear(organisationId);
        for (String code : codes) {
            em.createNativeQuery("insert into organisation_division_candidate (organisation_id, division_code) "
                    + "values (:id, :code)").setParameter("id", organisationId).setParameter("code", code).executeUpdate();
        }
    }

    public void clear(long organisationId) {
        em.createNativeQuery("delete from organisation_division_candidate where organisation_id = :id")
                .setParameter("id", organisationId).executeUpdate();
    }
}
