package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.registry.extraction.FollowUpMatcher;
import org.fazhi.registry.extraction.Match;
import org.fazhi.registry.extraction.MatchStrength;
import org.fazhi.registry.report.Report;

/**
 * Reviews are never lost when a report is re-submitted: each reviewer decision on a commitment of the
 * superseded version moves to the commitment of the new version that matches it strongly (same matcher as
 * the follow-up, one new commitment per decision), with its history copied. A decision that matches nothing
 * stays on the old commitment; the submission reports it. When the new version is withdrawn, the decisions
 * taken on it go back to the version restored in its place.
 */
@ApplicationScoped
public class ReviewCarryOver {

    static final String NOTE = "carried over from the superseded version of the report";
    static final String NOTE_BACK = "carried back from the withdrawn version of the report";

    private final StatusChanges statusChanges;

    public ReviewCarryOver(StatusChanges statusChanges) {
        this.statusChanges = statusChanges;
    }

    void carryOver(Report report, String actor) {
        if (report.supersedesId == null) {
            return;
        }
        List<Commitment> reviewed = Commitment.list("reportId = ?1 and statusSource = ?2 order by ordinal",
                report.supersedesId, StatusSource.REVIEWER);
        if (reviewed.isEmpty()) {
            return;
        }
        List<Commitment> fresh = Commitment.list("reportId = ?1 order by ordinal", report.id);
        FollowUpMatcher matcher = FollowUpMatcher.over(fresh.stream().map(c -> c.text).toList());
        Set<Integer> taken = new HashSet<>();
        for (Commitment old : reviewed) { // in plan order: each decision takes its best new commitment still free
            bestFree(matcher, old, fresh.size(), taken).ifPresent(target -> move(old, fresh.get(target), actor));
        }
    }

    /**
     * The decisions on a withdrawn version that the restored one lacks: each goes back to the commitment it was
     * carried from, or else to the one matching it strongly. Decisions the restored version holds already stay as
     * they are.
     */
    void carryBack(Report withdrawn, Report restored, String actor) {
        List<Commitment> reviewed = Commitment.list("reportId = ?1 and statusSource = ?2 order by ordinal",
                withdrawn.id, StatusSource.REVIEWER);
        if (reviewed.isEmpty()) {
            return;
        }
        List<Commitment> earlier = Commitment.list("reportId = ?1 order by ordinal", restored.id);
        List<Long> earlierIds = earlier.stream().map(c -> c.id).toList();
        FollowUpMatcher matcher = FollowUpMatcher.over(earlier.stream().map(c -> c.text).toList());
        Set<Integer> taken = new HashSet<>();
        for (Commitment decided : reviewed) {
            int origin = earlierIds.indexOf(decided.carriedFromId);
            Optional<Integer> target = origin >= 0 && taken.add(origin) ? Optional.of(origin)
                    : bestFree(matcher, decided, earlier.size(), taken);
            target.map(earlier::get).filter(c -> c.status != decided.status || c.statusSource != StatusSource.REVIEWER)
                    .ifPresent(c -> {
                        statusChanges.apply(c, decided.status, StatusSource.REVIEWER, actor, NOTE_BACK, null, null);
                        c.note = decided.note;
                    });
        }
    }

    /** The best commitment matching {@code decided} strongly that no other decision has taken; it is taken now. */
    private static Optional<Integer> bestFree(FollowUpMatcher matcher, Commitment decided, int candidates,
            Set<Integer> taken) {
        return matcher.best(decided.title, decided.text, candidates).stream()
                .filter(m -> m.strength() == MatchStrength.STRONG && taken.add(m.candidate()))
                .map(Match::candidate).findFirst();
    }

    /** The reviewer decisions on the superseded version of {@code report} that no commitment of it took over. */
    static List<Commitment> leftBehind(Report report) {
        if (report.supersedesId == null) {
            return List.of();
        }
        return Commitment.list("reportId = ?1 and statusSource = ?2 and id not in (select c.carriedFromId "
                + "from Commitment c where c.reportId = ?3 and c.carriedFromId is not null) order by ordinal",
                report.supersedesId, StatusSource.REVIEWER, report.id);
    }

    private void move(Commitment old, Commitment target, String actor) {
        for (CommitmentStatusChange earlier : CommitmentStatusChange.<CommitmentStatusChange>list(
                "commitmentId = ?1 order by changedAt, id", old.id)) {
            CommitmentStatusChange copy = new CommitmentStatusChange();
            copy.commitmentId = target.id;
            copy.fromStatus = earlier.fromStatus;
            copy.toStatus = earlier.toStatus;
            copy.source = earlier.source;
            copy.actor = earlier.actor;
            copy.note = earlier.note;
            copy.evidenceItemId = earlier.evidenceItemId;
            copy.evidenceScore = earlier.evidenceScore;
            copy.changedAt = earlier.changedAt;
            copy.persist();
        }
        statusChanges.apply(target, old.status, StatusSource.REVIEWER, actor, NOTE, null, null);
        target.note = old.note;
        target.carriedFromId = old.id;
    }
}
