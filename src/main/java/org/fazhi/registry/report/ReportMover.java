package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.organisation.OrganisationsMerged;

/**
 * Moves the reports of a merged organisation to the one that remains. Where both hold a current report for the
 * same year, the later submitted text stays current and the other is superseded by it, as a resubmission would.
 */
@ApplicationScoped
public class ReportMover {

    private final ChangeLog changeLog;
    private final Event<ReportsMoved> moved;

    public ReportMover(ChangeLog changeLog, Event<ReportsMoved> moved) {
        this.changeLog = changeLog;
        this.moved = moved;
    }

    void onMerge(@Observes OrganisationsMerged merge) {
        List<Report> reports = Report.list("organisationId = ?1 order by id", merge.sourceId());
        TreeSet<Integer> years = new TreeSet<>();
        for (Report report : reports) {
            if (report.state == ReportState.CURRENT) {
                settleCurrent(report, Report.findCurrent(merge.targetId(), report.reportYear), merge.actor());
            }
            report.organisationId = merge.targetId();
            report.flush();
            changeLog.record(EntityType.REPORT, report.id, ChangeAction.UPDATED, merge.actor());
            years.add(report.reportYear);
        }
        moved.fire(new ReportsMoved(merge.sourceId(), merge.targetId(), List.copyOf(years), merge.actor()));
    }

    /** Two current texts of one body and year: the earlier submitted one is superseded. */
    private void settleCurrent(Report moving, Optional<Report> held, String actor) {
        if (held.isEmpty()) {
            return;
        }
        boolean movingIsLater = moving.createdAt.isAfter(held.get().createdAt);
        Report older = movingIsLater ? held.get() : moving;
        Report newer = movingIsLater ? moving : held.get();
        older.state = ReportState.SUPERSEDED;
        older.flush();
        if (newer.supersedesId == null) {
            newer.supersedesId = older.id;
        }
        changeLog.record(EntityType.REPORT, older.id, ChangeAction.SUPERSEDED, actor);
    }
}
