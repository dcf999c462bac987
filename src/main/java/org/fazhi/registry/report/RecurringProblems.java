package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.fazhi.registry.extraction.FollowUpMatcher;
import org.fazhi.registry.extraction.Match;
import org.fazhi.registry.extraction.MatchStrength;

/**
 * Flags the problems of a new report that the organisation already admitted the year before, linking
 * each to the earlier problem it repeats: the follow-up matcher, with last year's problems as candidates,
 * finds it STRONG.
 */
@ApplicationScoped
public class RecurringProblems {

    void onReportStored(@Observes ReportStored event) {
        Report report = event.report();
        Report.findCurrent(report.organisationId, report.reportYear - 1).ifPresent(previous -> link(report, previous));
    }

    private static void link(Report report, Report previous) {
        List<Problem> earlier = Problem.list("reportId = ?1 order by ordinal", previous.id);
        if (earlier.isEmpty()) {
            return;
        }
        FollowUpMatcher matcher = FollowUpMatcher.over(earlier.stream().map(p -> p.text).toList());
        for (Problem problem : Problem.<Problem>list("reportId = ?1 order by ordinal", report.id)) {
            List<Match> best = matcher.best(problem.title, problem.text, 1);
            if (!best.isEmpty() && best.get(0).strength() == MatchStrength.STRONG) {
                problem.recursFromId = earlier.get(best.get(0).candidate()).id;
                problem.recurrenceScore = best.get(0).score();
            }
        }
    }
}
