package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.ChangeNotifier;
import org.fazhi.registry.feed.EntityType;

/** Changes a commitment's status and keeps the record: a history row and a change event, in the same transaction. */
@ApplicationScoped
public class StatusChanges {

    private final ChangeLog changeLog;
    private final ChangeNotifier notifier;

    public StatusChanges(ChangeLog changeLog, ChangeNotifier notifier) {
        this.changeLog = changeLog;
        this.notifier = notifier;
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
        notifier.commitmentStatusChanged(CommitmentView.of(commitment));
        return true;
    }
}
