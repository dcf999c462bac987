package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.extraction.ParsedCommitment;
import org.fazhi.registry.report.ReportStored;
import org.fazhi.registry.report.ThemeNames;

/** Keeps commitments with their reports: records a newly stored report's next-year plan, moves them when reports move. */
@ApplicationScoped
public class CommitmentRecorder {

    void record(ReportStored event) {
        int ordinal = 0;
        for (ParsedCommitment parsed : event.parsed().commitments()) {
            Commitment commitment = new Commitment();
            commitment.reportId = event.report().id;
            commitment.organisationId = event.report().organisationId;
            commitment.itemId = event.itemIds().get(parsed.item());
            commitment.title = parsed.title() != null ? parsed.title() : parsed.text();
            commitment.text = parsed.text();
            commitment.ordinal = ++ordinal;
            commitment.targetYear = parsed.targetYear() > 0 ? parsed.targetYear() : event.report().reportYear + 1;
            commitment.themes = ThemeNames.of(parsed.text());
            commitment.startOffset = parsed.span().start();
            commitment.endOffset = parsed.span().end();
            commitment.persist();
        }
    }

    /** The commitments of one record of a body now belong to another, as its reports do after a merge. */
    void move(long fromOrganisationId, long toOrganisationId) {
        Commitment.update("organisationId = ?1 where organisationId = ?2", toOrganisationId, fromOrganisationId);
        Commitment.flush();
    }
}
