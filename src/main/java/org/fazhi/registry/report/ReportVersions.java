package org.fazhi.registry.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.extraction.ReportMetadata;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/**
 * Where a new text of an organisation's report for a year stands among the versions stored: a repeat of one,
 * a text sent against a version that is no longer current, a text older than the current version (a late retry
 * after a correction), or the new current version.
 */
final class ReportVersions {

    static final String SUPERSEDES = "input.supersedes";

    private ReportVersions() {
    }

    /** The report {@code supersedes} names, checked for form only; null when none is named. */
    static Long supersedesId(String supersedes, List<UserError> errors) {
        if (supersedes == null) {
            return null;
        }
        Optional<Long> id = GlobalId.decode(supersedes, NodeType.Report);
        if (id.isEmpty()) {
            errors.add(UserError.of(SUPERSEDES, UserErrorCode.INVALID_ID, "not the ID of a report: " + supersedes));
        }
        return id.orElse(null);
    }

    /** The stored version with this text, current or superseded; a withdrawn one does not count, so it can be sent anew. */
    static Optional<Report> withText(long organisationId, int year, String contentHash) {
        return Report.find("organisationId = ?1 and reportYear = ?2 and contentHash = ?3 and state <> ?4 order by id desc",
                organisationId, year, contentHash, ReportState.WITHDRAWN).firstResultOptional();
    }

    /** Why a text sent as the successor of {@code supersedesId} cannot be stored: that report is not the current one. */
    static Optional<UserError> stale(long supersedesId, long organisationId, int year, Optional<Report> current) {
        if (current.isPresent() && current.get().id == supersedesId) {
            return Optional.empty();
        }
        String named = GlobalId.encode(NodeType.Report, supersedesId);
        Optional<Report> superseded = Report.findByIdOptional(supersedesId);
        if (superseded.isEmpty()) {
            return Optional.of(UserError.of(SUPERSEDES, UserErrorCode.NOT_FOUND, "no report has the ID " + named));
        }
        if (superseded.get().organisationId != organisationId || superseded.get().reportYear != year) {
            return Optional.of(UserError.of(SUPERSEDES, UserErrorCode.INVALID_VALUE,
                    named + " is a report of another organisation or year"));
        }
        return Optional.of(UserError.of(SUPERSEDES, UserErrorCode.STALE_VERSION, current
                .map(c -> named + " is no longer current: " + GlobalId.encode(NodeType.Report, c.id) + " is")
                .orElse(named + " is no longer current, and no version is")));
    }

    /**
     * True when the text's dates show it to be older than the current version: published earlier, or, when either
     * lacks a publication date, issued earlier. Without comparable dates the newer submission counts as newer.
     */
    static boolean olderThan(ReportMetadata text, Report current) {
        if (text.publishedDate() != null && current.publishedDate != null) {
            return text.publishedDate().isBefore(current.publishedDate);
        }
        return before(text.issuedDate(), current.issuedDate);
    }

    private static boolean before(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }
}
