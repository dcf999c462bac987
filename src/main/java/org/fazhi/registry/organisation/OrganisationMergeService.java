package org.fazhi.registry.organisation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.globalid.IdLookup;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/**
 * Settles the identity of organisations a person has checked: merges two records of one body (its reports, names,
 * identifiers and children move to the one that remains) or confirms an unconfirmed one as a body of its own.
 */
@ApplicationScoped
@Transactional
public class OrganisationMergeService {

    private final ChangeLog changeLog;
    private final OrganisationNameIndex nameIndex;
    private final Event<OrganisationsMerged> merged;

    public OrganisationMergeService(ChangeLog changeLog, OrganisationNameIndex nameIndex, Event<OrganisationsMerged> merged) {
        this.changeLog = changeLog;
        this.nameIndex = nameIndex;
        this.merged = merged;
    }

    public Outcome<Organisation> merge(MergeOrganisationsInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        Optional<Organisation> source = find(input.sourceId(), "input.sourceId", errors);
        Optional<Organisation> target = find(input.targetId(), "input.targetId", errors);
        if (source.isPresent() && target.isPresent()) {
            check(source.get(), target.get(), errors);
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        Organisation from = source.get();
        Organisation into = target.get();
        actor.scope().require(from.divisionCode, from.name);
        actor.scope().require(into.divisionCode, into.name);
        merged.fire(new OrganisationsMerged(from.id, into.id, actor.subject()));
        takeOver(from, into);
        from.delete();
        Panache.getEntityManager().flush();
        nameIndex.refresh(into);
        changeLog.record(EntityType.ORGANISATION, from.id, ChangeAction.MERGED, actor.subject());
        changeLog.record(EntityType.ORGANISATION, into.id, ChangeAction.UPDATED, actor.subject());
        return Outcome.changed(into);
    }

    public Outcome<Organisation> confirm(ConfirmOrganisationInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        Optional<Organisation> found = find(input.organisationId(), "input.organisationId", errors);
        if (found.isEmpty()) {
            return Outcome.refused(errors);
        }
        Organisation organisation = found.get();
        actor.scope().require(organisation.divisionCode, organisation.name);
        if (organisation.confirmed && organisation.candidateIds.isEmpty()) {
            return Outcome.unchanged(organisation);
        }
        organisation.confirmed = true;
        organisation.candidateIds.clear();
        organisation.flush();
        changeLog.record(EntityType.ORGANISATION, organisation.id, ChangeAction.UPDATED, actor.subject());
        return Outcome.changed(organisation);
    }

    private static Optional<Organisation> find(String globalId, String field, List<UserError> errors) {
        return IdLookup.find(globalId, NodeType.Organisation, field,
                id -> Organisation.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), errors);
    }

    private static void check(Organisation source, Organisation target, List<UserError> errors) {
        if (source.id.equals(target.id)) {
            errors.add(UserError.of("input.targetId", UserErrorCode.MERGE_INTO_ITSELF,
                    "an organisation cannot be merged into itself"));
        } else if (source.creditCode != null && target.creditCode != null && !source.creditCode.equals(target.creditCode)) {
            errors.add(UserError.of("input.sourceId", UserErrorCode.CONFLICTING_CREDIT_CODES,
                    "the organisations hold different credit codes (" + source.creditCode + ", " + target.creditCode
                            + "): they are different bodies"));
        }
    }

    /** Names, credit code, identifiers, children and candidate links of {@code source} pass to {@code target}. */
    private static void takeOver(Organisation source, Organisation target) {
        target.otherNames.add(source.name);
        target.otherNames.addAll(source.otherNames);
        target.otherNames.remove(target.name);
        String creditCode = source.creditCode;
        source.creditCode = null;
        source.flush();
        if (target.creditCode == null) {
            target.creditCode = creditCode;
        }
        if (target.divisionCode == null && source.divisionCode != null) {
            target.divisionCode = source.divisionCode;
            target.divisionName = source.divisionName;
        }
        if (source.id.equals(target.parentId)) {
            target.parentId = source.parentId;
        }
        target.confirmed = true;
        target.candidateIds.remove(source.id);
        target.flush();
        execute("update organisation set parent_id = ?2 where parent_id = ?1 and id <> ?2", source.id, target.id);
        execute("delete from organisation_identifier s where s.organisation_id = ?1 and exists (select 1 from "
                + "organisation_identifier t where t.organisation_id = ?2 and t.scheme = s.scheme and t.value = s.value)",
                source.id, target.id);
        execute("update organisation_identifier set organisation_id = ?2 where organisation_id = ?1", source.id, target.id);
        execute("insert into organisation_candidate (organisation_id, candidate_id) select organisation_id, ?2 "
                + "from organisation_candidate where candidate_id = ?1 and organisation_id <> ?2 on conflict do nothing",
                source.id, target.id);
    }

    private static void execute(String sql, long sourceId, long targetId) {
        Panache.getEntityManager().createNativeQuery(sql).setParameter(1, sourceId).setParameter(2, targetId)
                .executeUpdate();
    }
}
