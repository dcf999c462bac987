package org.fazhi.registry.commitment;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.fazhi.registry.extraction.BigramSimilarity;
import org.fazhi.registry.extraction.SectionKind;
import org.fazhi.registry.report.Item;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.ReportState;
import org.fazhi.registry.report.ReportStored;
import org.fazhi.registry.report.ReportWithdrawn;
import org.fazhi.registry.report.ReportsMoved;

/**
 * Follows commitments into the report of their target year: a commitment of the year-Y plan is
 * EVIDENCED when an item of the year-Y+1 report's measures or plan follow-up carries at least
 * {@link #THRESHOLD} of its (IDF-weighted) character bigrams, and NOT_EVIDENCED otherwise. A
 * reviewer's status is never overwritten; the evidence is refreshed all the same.
 */
@ApplicationScoped
public class CommitmentFollowUp {

    /**
     * On the paired test reports (src/test/resources/followup) carried-out plans score 0.80–0.91 and
     * unrelated items at most 0.03; the threshold sits between them, leaving room for paraphrase.
     */
    static final double THRESHOLD = 0.45;
    /** How many evidence items are kept per commitment, best first. */
    static final int MAX_EVIDENCE = 3;
    private static final List<SectionKind> EVIDENCE_SECTIONS =
            List.of(SectionKind.MEASURES_AND_RESULTS, SectionKind.PLAN_PROGRESS);

    private final StatusChanges statusChanges;

    public CommitmentFollowUp(StatusChanges statusChanges) {
        this.statusChanges = statusChanges;
    }

    /** Runs after the new report's own commitments are recorded (lower priority runs first). */
    void onReportStored(@Observes @Priority(2000) ReportStored event) {
        followUp(event.report(), event.actor());
    }

    /**
     * A merge brought reports of another record of the body: their commitments now belong to it, and every year
     * they touch is followed up anew against the body's current reports.
     */
    void onReportsMoved(@Observes ReportsMoved event) {
        Commitment.update("organisationId = ?1 where organisationId = ?2", event.toOrganisationId(),
                event.fromOrganisationId());
        Commitment.flush();
        for (int year : event.years()) {
            Report.findCurrent(event.toOrganisationId(), year).ifPresent(report -> followUp(report, event.actor()));
        }
    }

    /** The commitments due in {@code report}'s year are matched against it, and its own against the next year's. */
    private void followUp(Report report, String actor) {
        evaluate(commitmentsDueIn(report.organisationId, report.reportYear), report, actor);
        Report.findCurrent(report.organisationId, report.reportYear + 1).ifPresent(later ->
                evaluate(Commitment.list("reportId = ?1 and targetYear = ?2", report.id, later.reportYear), later,
                        actor));
    }

    /** The report of the year is gone: its year's commitments have no evidence any more. */
    void onReportWithdrawn(@Observes ReportWithdrawn event) {
        Report report = event.report();
        if (Report.findCurrent(report.organisationId, report.reportYear).isPresent()) {
            return; // a superseded text was withdrawn; the current one still stands as evidence
        }
        for (Commitment commitment : commitmentsDueIn(report.organisationId, report.reportYear)) {
            CommitmentEvidence.delete("commitmentId", commitment.id);
            if (commitment.statusSource == StatusSource.AUTO) {
                statusChanges.apply(commitment, CommitmentStatus.PLANNED, StatusSource.AUTO, event.actor(),
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
        BigramSimilarity similarity = new BigramSimilarity(items.stream().map(i -> i.text).toList());
        for (Commitment commitment : commitments) {
            String wanted = commitment.title + commitment.text;
            List<Scored> evidence = IntStream.range(0, items.size())
                    .mapToObj(i -> new Scored(items.get(i), similarity.score(wanted, i)))
                    .filter(s -> s.score() >= THRESHOLD)
                    .sorted(Comparator.comparingDouble(Scored::score).reversed())
                    .limit(MAX_EVIDENCE)
                    .toList();
            replaceEvidence(commitment, evidence);
            if (commitment.statusSource == StatusSource.AUTO) {
                Scored best = evidence.isEmpty() ? null : evidence.get(0);
                statusChanges.apply(commitment,
                        best == null ? CommitmentStatus.NOT_EVIDENCED : CommitmentStatus.EVIDENCED,
                        StatusSource.AUTO, actor, null, best == null ? null : best.item().id,
                        best == null ? null : best.score());
            }
        }
    }

    private static void replaceEvidence(Commitment commitment, List<Scored> evidence) {
        CommitmentEvidence.delete("commitmentId", commitment.id);
        int rank = 0;
        for (Scored scored : evidence) {
            CommitmentEvidence row = new CommitmentEvidence();
            row.commitmentId = commitment.id;
            row.itemId = scored.item().id;
            row.score = scored.score();
            row.rank = ++rank;
            row.persist();
        }
    }

    private record Scored(Item item, double score) {
    }
}
