package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.ReportState;
import org.fazhi.registry.report.ReportStored;
import org.fazhi.registry.report.ReportWithdrawn;
import org.fazhi.registry.report.ReportsMoved;

/**
 * The one place that says what a report's arrival, withdrawal or move means for commitments, and in which order,
 * inside the transaction that changed the report. The steps are plain calls, not observers of their own, because
 * each reads what the one before wrote:
 * <ol>
 * <li>record: the new report's commitments exist before anything looks for them (its plan may be carried out by
 * next year's report, stored already);</li>
 * <li>carry reviews over (or back): a reviewer's status sits on the current version's commitments before the
 * follow-up runs, which never overwrites a reviewer's status;</li>
 * <li>follow up: the commitments due in the report, and the report's own into the next year's.</li>
 * </ol>
 * Subscribers hear of the status changes only after the transaction commits.
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

    /**
     * A withdrawn current version: its reviews go back to the version restored in its place, which is then
     * followed up; with no version left, the evidence of its year is taken away.
     */
    void onReportWithdrawn(@Observes ReportWithdrawn event) {
        if (event.restored() != null) {
            carryOver.carryBack(event.report(), event.restored(), event.actor());
            followUp.followUp(event.restored(), event.actor());
        } else {
            followUp.withdrawn(event.report(), event.actor());
        }
    }

    /**
     * A merge moved reports to the record of the body that remains: their commitments move with them, then every
     * year they touch is followed up anew against the body's current reports.
     */
    void onReportsMoved(@Observes ReportsMoved event) {
        recorder.move(event.fromOrganisationId(), event.toOrganisationId());
        for (int year : event.years()) {
            Report.findCurrent(event.toOrganisationId(), year)
                    .ifPresent(report -> followUp.followUp(report, event.actor()));
        }
    }
}
