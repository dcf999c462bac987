package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.globalid.IdLookup;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.organisation.Organisation;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/**
 * Withdraws reports: the text stays for the record, its state and the reason say it no longer counts. When the
 * current version is withdrawn, the version it superseded becomes current again. Withdrawing twice is the first
 * withdrawal.
 */
@ApplicationScoped
@Transactional
public class ReportWithdrawalService {

    private final ChangeLog changeLog;
    private final Event<ReportWithdrawn> withdrawals;

    public ReportWithdrawalService(ChangeLog changeLog, Event<ReportWithdrawn> withdrawals) {
        this.changeLog = changeLog;
        this.withdrawals = withdrawals;
    }

    WithdrawalResult withdraw(WithdrawReportInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        if (input.reason().isBlank()) {
            errors.add(UserError.of("input.reason", UserErrorCode.REQUIRED, "give the reason for the withdrawal"));
        }
        // Locked, so that of two concurrent withdrawals the second sees the first.
        Optional<Report> report = IdLookup.find(input.reportId(), NodeType.Report, "input.reportId",
                id -> Report.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), errors);
        if (!errors.isEmpty()) {
            return WithdrawalResult.refused(errors);
        }
        Report withdrawn = report.get();
        Organisation organisation = Organisation.findById(withdrawn.organisationId);
        actor.scope().require(organisation.divisionCode, organisation.name);
        if (withdrawn.state == ReportState.WITHDRAWN) {
            return new WithdrawalResult(withdrawn, null, false, List.of());
        }
        boolean wasCurrent = withdrawn.state == ReportState.CURRENT;
        withdrawn.state = ReportState.WITHDRAWN;
        withdrawn.flush();
        record(withdrawn, input.reason().strip(), actor.subject());
        Report restored = wasCurrent ? restorePredecessor(withdrawn, actor.subject()) : null;
        withdrawals.fire(new ReportWithdrawn(withdrawn, restored, actor.subject()));
        return new WithdrawalResult(withdrawn, restored, true, List.of());
    }

    private void record(Report withdrawn, String reason, String actor) {
        ReportWithdrawal record = new ReportWithdrawal();
        record.reportId = withdrawn.id;
        record.reason = reason;
        record.withdrawnBy = actor;
        record.withdrawnAt = OffsetDateTime.now();
        record.persist();
        changeLog.record(EntityType.REPORT, withdrawn.id, ChangeAction.WITHDRAWN, actor);
    }

    /** The nearest earlier version in the chain that is superseded, not withdrawn, made current again; null when none. */
    private Report restorePredecessor(Report withdrawn, String actor) {
        Set<Long> seen = new HashSet<>();
        Long id = withdrawn.supersedesId;
        while (id != null && seen.add(id)) {
            Report earlier = Report.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (earlier == null) {
                return null;
            }
            if (earlier.state == ReportState.SUPERSEDED && earlier.organisationId.equals(withdrawn.organisationId)
                    && earlier.reportYear == withdrawn.reportYear) {
                earlier.state = ReportState.CURRENT;
                earlier.flush();
                changeLog.record(EntityType.REPORT, earlier.id, ChangeAction.RESTORED, actor);
                return earlier;
            }
            id = earlier.supersedesId;
        }
        return null;
    }
}
