package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.globalid.IdLookup;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;

/** Moves organisations in the hierarchy, never into a cycle. */
@ApplicationScoped
@Transactional
public class OrganisationParentService {

    private final ChangeLog changeLog;

    public OrganisationParentService(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    public Outcome<Organisation> setParent(SetOrganisationParentInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        Optional<Organisation> organisation = IdLookup.find(input.organisationId(), NodeType.Organisation,
                "input.organisationId", id -> Organisation.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), errors);
        Long parentId = input.parentId() == null ? null
                : OrganisationService.resolveParent(input.parentId(), organisation.orElse(null), errors);
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        Organisation moved = organisation.get();
        actor.scope().require(moved.divisionCode, moved.name);
        if (Objects.equals(moved.parentId, parentId)) {
            return Outcome.unchanged(moved);
        }
        moved.parentId = parentId;
        moved.flush();
        changeLog.record(EntityType.ORGANISATION, moved.id, ChangeAction.UPDATED, actor.subject());
        return Outcome.changed(moved);
    }
}
