package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.fazhi.registry.report.ReportStored;

/**
 * What a newly stored report means for commitments, in the one order that works, in the submitting
 * transaction: record the report's own commitments; carry the reviews of the version it supersedes over to
 * them (so the follow-up sees them as reviewed); then follow commitments up.
 */
@ApplicationScoped
public class CommitmentLifecycle {

    private final CommitmentRecorder recorder;
    private final ReviewCarryOver carryOver;
    private final CommitmentFollowUp followUp;

    public CommitmentLifecycle(CommitmentRecorder recorder, ReviewCarryOver carryOver, CommitmentFollowUp followUp) {
        this.recorder = recorder;
        this.carryOver = carryOver;
        this.followUp = followUp;
    }

    void onReportStored(@Observes ReportStored event) {
        recorder.record(event);
        carryOver.carryOver(event.report(), event.actor());
        followUp.followUp(event.report(), event.actor());
    }
}
