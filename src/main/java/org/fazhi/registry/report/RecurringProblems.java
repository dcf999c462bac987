package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.fazhi.registry.extraction.BigramSimilarity;

/**
 * Flags the problems of a new report that the organisation already admitted the year before, linking
 * each to the earlier problem it repeats (same similarity measure as the commitment follow-up).
 */
@ApplicationScoped
public class RecurringProblems {

    /** A problem counts as repeated when this share of its weighted bigrams recurs in one of last year's. */
    static final double THRESHOLD = 0.5;

    void onReportStored(@Observes ReportStored event) {
        Report report = event.report();
        Report.findCurrent(report.organisationId, report.reportYear - 1).ifPresent(previous -> link(report, previous));
    }

    private static void link(Report report, Report previous) {
        List<Problem> earlier = Problem.list("reportId = ?1 order by ordinal", previous.id);
        if (earlier.isEmpty()) {
            return;
        }
        BigramSimilarity similarity = new BigramSimilarity(earlier.stream().map(p -> p.text).toList());
        for (Problem problem : Problem.<Problem>list("reportId = ?1 order by ordinal", report.id)) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < earlier.size(); i++) {
                double score = similarity.score(problem.text, i);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (bestScore >= THRESHOLD) {
                problem.recursFromId = earlier.get(best).id;
                problem.recurrenceScore = bestScore;
            }
        }
    }
}
