package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;

/**
 * Changes a commitment's status and keeps the record: a history row and a change event, in the same transaction,
 * and a {@link CommitmentStatusChanged} for those who announce it once committed.
 */
@ApplicationScoped
public class StatusChanges {

    private final ChangeLog changeLog;
    private final Event<CommitmentStatusChanged> changes;

    public StatusChanges(ChangeLog changeLog, Event<CommitmentStatusChanged> changes) {
        this.changeLog = changeLog;
        this.changes = changes;
    }

    /** Sets {@code to} when it differs from the commitment's status; returns whether it did. */
    public boolean apply(Commitment commitment, CommitmentStatus to, StatusSource source, String actor, String note,
            Long evidenceItemId, Double evidenceScore) {
        if (commitment.status == to && commitment.statusSource == source) {
            return false;
        }
        CommitmentStatusChange change = new CommitmentStatusChange();
        change.commitmentId = commitment.id;
        change.fromStatus = commitment.status;
        change.toStatus = to;
        change.source = source;
        change.actor = actor;
        change.note = note;
        change.evidenceItemId = evidenceItemId;
        change.evidenceScore = evidenceScore;
        change.persist();
        commitment.status = to;
        commitment.statusSource = source;
        changeLog.record(EntityType.COMMITMENT, commitment.id, ChangeAction.STATUS_CHANGED, actor);
        changes.fire(new CommitmentStatusChanged(CommitmentView.of(commitment)));
        return true;
    }
}
