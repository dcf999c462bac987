package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.globalid.IdLookup;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.organisation.Organisation;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/** Records reviewers' decisions on commitments. */
@ApplicationScoped
@Transactional
public class CommitmentReviewService {

    /** The statuses only a reviewer may set. */
    static final Set<CommitmentStatus> REVIEW_STATUSES =
            EnumSet.of(CommitmentStatus.FULFILLED, CommitmentStatus.PARTIAL, CommitmentStatus.DROPPED);

    private final StatusChanges statusChanges;

    public CommitmentReviewService(StatusChanges statusChanges) {
        this.statusChanges = statusChanges;
    }

    public Outcome<Commitment> review(ReviewCommitmentInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        Optional<Commitment> commitment = IdLookup.find(input.commitmentId(), NodeType.Commitment, "input.commitmentId",
                id -> Commitment.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), errors);
        if (!REVIEW_STATUSES.contains(input.status())) {
            errors.add(UserError.of("input.status", UserErrorCode.INVALID_VALUE,
                    "a reviewer sets FULFILLED, PARTIAL or DROPPED, not " + input.status()));
        }
        if (input.note().isBlank()) {
            errors.add(UserError.of("input.note", UserErrorCode.REQUIRED, "a review needs a note saying why"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        Commitment reviewed = commitment.get();
        Organisation organisation = Organisation.findById(reviewed.organisationId);
        actor.scope().require(organisation.divisionCode, organisation.name);
        statusChanges.apply(reviewed, input.status(), StatusSource.REVIEWER, actor.subject(), input.note().strip(), null, null);
        reviewed.note = input.note().strip();
        return Outcome.changed(reviewed);
    }
}
