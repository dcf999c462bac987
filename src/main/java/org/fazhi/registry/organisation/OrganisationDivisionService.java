package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.globalid.IdLookup;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;

/** Puts an organisation on the division a person chose; its candidates are then settled. */
@ApplicationScoped
@Transactional
public class OrganisationDivisionService {

    private final DivisionDirectory divisions;
    private final OrganisationPlacement placement;
    private final ChangeLog changeLog;

    public OrganisationDivisionService(DivisionDirectory divisions, OrganisationPlacement placement, ChangeLog changeLog) {
        this.divisions = divisions;
        this.placement = placement;
        this.changeLog = changeLog;
    }

    public Outcome<Organisation> setDivision(SetOrganisationDivisionInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        Optional<Organisation> organisation = IdLookup.find(input.organisationId(), NodeType.Organisation,
                "input.organisationId", id -> Organisation.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), errors);
        Optional<DivisionRecord> division = divisions.check(input.divisionCode(), "input.divisionCode", errors);
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        Organisation placed = organisation.get();
        // Both ends: an editor may neither take a body out of its scope nor bring one in from outside. A body not
        // yet on the map (one whose name fits several places) is placed by the editor of the place chosen.
        if (placed.divisionCode != null) {
            actor.scope().require(placed.divisionCode, placed.name);
        }
        actor.scope().require(division.get().code(), division.get().fullName());
        String before = placed.divisionCode + placed.divisionName;
        placement.place(placed, division.get(), null);
        if (before.equals(placed.divisionCode + placed.divisionName)) {
            return Outcome.unchanged(placed);
        }
        placed.flush();
        changeLog.record(EntityType.ORGANISATION, placed.id, ChangeAction.UPDATED, actor.subject());
        return Outcome.changed(placed);
    }
}
