package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fazhi.registry.extraction.FollowUpMatcher;
import org.fazhi.registry.extraction.Match;
import org.fazhi.registry.extraction.MatchStrength;
import org.fazhi.registry.extraction.SectionKind;
import org.fazhi.registry.report.Item;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.ReportState;

/**
 * Follows commitments into the report of their target year with {@link FollowUpMatcher}: EVIDENCED when an
 * item of the year-Y+1 report's measures or plan follow-up carries the commitment out (a STRONG match),
 * PARTLY_EVIDENCED when the best is PARTIAL, NOT_EVIDENCED otherwise. The later report's items are indexed
 * once for all commitments. A reviewer's status is never overwritten; the evidence is refreshed all the same.
 */
@ApplicationScoped
public class CommitmentFollowUp {

    /** How many evidence items are kept per commitment, best first. */
    static final int MAX_EVIDENCE = 3;
    private static final List<SectionKind> EVIDENCE_SECTIONS =
            List.of(SectionKind.MEASURES_AND_RESULTS, SectionKind.PLAN_PROGRESS);

    private final StatusChanges statusChanges;

    public CommitmentFollowUp(StatusChanges statusChanges) {
        this.statusChanges = statusChanges;
    }

    /** Follows the commitments due in a newly stored report, and the new report's own into next year's. */
    void followUp(Report report, String actor) {
        evaluate(commitmentsDueIn(report.organisationId, report.reportYear), report, actor);
        Report.findCurrent(report.organisationId, report.reportYear + 1).ifPresent(later ->
                evaluate(Commitment.list("reportId = ?1 and targetYear = ?2", report.id, later.reportYear), later, actor));
    }

    /** A report was withdrawn and no version restored: if none of its year is current, its commitments due have no evidence any more. */
    void withdrawn(Report report, String actor) {
        if (Report.findCurrent(report.organisationId, report.reportYear).isPresent()) {
            return; // a superseded text was withdrawn; the current one still stands as evidence
        }
        for (Commitment commitment : commitmentsDueIn(report.organisationId, report.reportYear)) {
            CommitmentEvidence.delete("commitmentId", commitment.id);
            if (commitment.statusSource == StatusSource.AUTO) {
                statusChanges.apply(commitment, CommitmentStatus.PLANNED, StatusSource.AUTO, actor,
                        "the report of the target year was withdrawn", null, null);
            }
        }
    }

    private static List<Commitment> commitmentsDueIn(long organisationId, int year) {
        return Commitment.list("organisationId = ?1 and targetYear = ?2 and reportId in "
                        + "(select r.id from Report r where r.state = ?3 and r.reportYear < ?2)",
                organisationId, year, ReportState.CURRENT);
    }

    private void evaluate(List<Commitment> commitments, Report evidenceReport, String actor) {
        if (commitments.isEmpty()) {
            return;
        }
        List<Item> items = Item.list("reportId = ?1 and sectionId in (select s.id from Section s "
                + "where s.reportId = ?1 and s.kind in ?2) order by startOffset", evidenceReport.id, EVIDENCE_SECTIONS);
        FollowUpMatcher matcher = FollowUpMatcher.over(items.stream().map(i -> i.text).toList());
        for (Commitment commitment : commitments) {
            List<Match> evidence = matcher.best(commitment.title, commitment.text, MAX_EVIDENCE);
            replaceEvidence(commitment, evidence, items);
            if (commitment.statusSource == StatusSource.AUTO) {
                Match best = evidence.isEmpty() ? null : evidence.get(0);
                statusChanges.apply(commitment, status(best), StatusSource.AUTO, actor, null,
                        best == null ? null : items.get(best.candidate()).id, best == null ? null : best.score());
            }
        }
    }

    private static CommitmentStatus status(Match best) {
        if (best == null) {
            return CommitmentStatus.NOT_EVIDENCED;
        }
        return best.strength() == MatchStrength.STRONG ? CommitmentStatus.EVIDENCED : CommitmentStatus.PARTLY_EVIDENCED;
    }

    private static void replaceEvidence(Commitment commitment, List<Match> evidence, List<Item> items) {
        CommitmentEvidence.delete("commitmentId", commitment.id);
        int rank = 0;
        for (Match match : evidence) {
            CommitmentEvidence row = new CommitmentEvidence();
            row.commitmentId = commitment.id;
            row.itemId = items.get(match.candidate()).id;
            row.score = match.score();
            row.rank = ++rank;
            row.strength = match.strength();
            row.matchedTerms = match.matchedTerms();
            row.persist();
        }
    }
}
