package org.fazhi.registry.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.division.DivisionCodes;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.organisation.OrganisationRefInput;
import org.fazhi.registry.organisation.OrganisationResolver;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;
import org.fazhi.registry.report.ReportTextRules;

/** Records who must report on a year: an integrator's list, or what the map rule derives. */
@ApplicationScoped
@Transactional
public class ObligationService {

    private final EntityManager em;
    private final DivisionDirectory divisions;
    private final OrganisationResolver organisations;
    private final GovernmentRegistry governments;

    public ObligationService(EntityManager em, DivisionDirectory divisions, OrganisationResolver organisations,
            GovernmentRegistry governments) {
        this.em = em;
        this.divisions = divisions;
        this.organisations = organisations;
        this.governments = governments;
    }

    /** Replaces the year's listed obligations in the input's division (the whole country when none) by the given bodies. */
    public ReportingObligationsPayload setList(SetReportingObligationsInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        ReportTextRules.checkYear(input.reportYear(), "input.reportYear", errors);
        Optional<DivisionRecord> scope = divisions.check(input.divisionCode(), "input.divisionCode", errors);
        Set<Long> listed = new LinkedHashSet<>();
        for (int i = 0; i < input.organisations().size(); i++) {
            String field = "input.organisations." + i;
            OrganisationRefInput ref = input.organisations().get(i);
            if (ref.id() == null && ref.creditCode() == null) {
                errors.add(UserError.of(field, UserErrorCode.REQUIRED, "name the organisation by ID or credit code"));
                continue;
            }
            organisations.resolveForUpdate(ref, field, errors).ifPresent(o -> {
                if (scope.isPresent() && (o.divisionCode == null || !DivisionCodes.isWithin(o.divisionCode, scope.get().code()))) {
                    errors.add(UserError.of(field, UserErrorCode.INVALID_VALUE,
                            o.name + " does not lie in the division " + scope.get().code()));
                }
                listed.add(o.id);
            });
        }
        if (!errors.isEmpty()) {
            return ReportingObligationsPayload.refused(errors);
        }
        requireScope(scope, actor, "the list of obligations");
        String prefix = scope.map(d -> DivisionCodes.subtreePrefix(d.code()) + "%").orElse("%");
        int removed = em.createNativeQuery("delete from reporting_obligation ob where report_year = :year "
                + "and source = 'LIST' and not (organisation_id = any(cast(:listed as bigint[]))) and (:prefix = '%' "
                + "or exists (select 1 from organisation o where o.id = ob.organisation_id and o.division_code like :prefix))")
                .setParameter("year", input.reportYear()).setParameter("listed", listed.toArray(Long[]::new))
                .setParameter("prefix", prefix).executeUpdate();
        return new ReportingObligationsPayload(oblige(input.reportYear(), listed, ObligationSource.LIST), removed, 0, List.of());
    }

    /** Obliges the governments of county level and higher in the division's subtree, and their registered departments. */
    public ReportingObligationsPayload derive(DeriveReportingObligationsInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        ReportTextRules.checkYear(input.reportYear(), "input.reportYear", errors);
        Optional<DivisionRecord> scope = divisions.check(input.divisionCode(), "input.divisionCode", errors);
        if (!errors.isEmpty()) {
            return ReportingObligationsPayload.refused(errors);
        }
        requireScope(scope, actor, "the derived obligations");
        GovernmentRegistry.Governments found = governments.ensure(scope.get(), actor);
        @SuppressWarnings("unchecked")
        List<Number> departments = em.createNativeQuery("select id from organisation where kind in ('DEPARTMENT', "
                + "'GOVERNMENT_OFFICE') and (parent_id = any(cast(:ids as bigint[])) or division_code = any(cast(:codes as text[])))")
                .setParameter("ids", found.ids().toArray(Long[]::new))
                .setParameter("codes", found.divisionCodes().toArray(String[]::new)).getResultList();
        Set<Long> obliged = new LinkedHashSet<>(found.ids());
        departments.forEach(id -> obliged.add(id.longValue()));
        return new ReportingObligationsPayload(oblige(input.reportYear(), obliged, ObligationSource.RULE), 0,
                found.created(), List.of());
    }

    /** Obligations are written for a division's subtree, or for the whole country when none is given. */
    static void requireScope(Optional<DivisionRecord> division, Actor actor, String what) {
        if (division.isPresent()) {
            actor.scope().require(division.get().code(), division.get().fullName());
        } else {
            actor.scope().requireNational(what);
        }
    }

    /** Adds obligations for the bodies not yet obliged for the year; returns how many it added. */
    private int oblige(int year, Set<Long> organisationIds, ObligationSource source) {
        if (organisationIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("insert into reporting_obligation (report_year, organisation_id, source) "
                + "select :year, id, :source from unnest(cast(:ids as bigint[])) as id on conflict do nothing")
                .setParameter("year", year).setParameter("source", source.name())
                .setParameter("ids", organisationIds.toArray(Long[]::new)).executeUpdate();
    }
}
