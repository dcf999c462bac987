package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.fazhi.registry.report.ReportState;
import org.fazhi.registry.report.ReportStored;
import org.fazhi.registry.report.ReportWithdrawn;

/**
 * What a report's arrival or withdrawal means for commitments, in the one order that works, in the same
 * transaction. A stored report: record its commitments; if it is the current version, carry the reviews of the
 * version it supersedes over to them (so the follow-up sees them as reviewed), then follow commitments up. A
 * withdrawn current version: carry its reviews back to the version restored in its place and follow that one
 * up, or, with no version left, take the evidence of its year away.
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
        if (event.report().state == ReportState.CURRENT) { // a text older than the current version changes no follow-up
            carryOver.carryOver(event.report(), event.actor());
            followUp.followUp(event.report(), event.actor());
        }
    }

    void onReportWithdrawn(@Observes ReportWithdrawn event) {
        if (event.restored() != null) {
            carryOver.carryBack(event.report(), event.restored(), event.actor());
            followUp.followUp(event.restored(), event.actor());
        } else {
            followUp.withdrawn(event.report(), event.actor());
        }
    }
}
