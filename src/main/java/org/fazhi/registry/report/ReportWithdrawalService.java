package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.feed.ChangeAction;
import org.fazhi.registry.feed.ChangeLog;
import org.fazhi.registry.feed.EntityType;
import org.fazhi.registry.graphql.IdLookup;
import org.fazhi.registry.graphql.NodeType;
import org.fazhi.registry.graphql.Outcome;
import org.fazhi.registry.graphql.UserError;
import org.fazhi.registry.graphql.UserErrorCode;

/** Withdraws reports: the text stays for the record, its state and the reason say it no longer counts. */
@ApplicationScoped
@Transactional
public class ReportWithdrawalService {

    private final ChangeLog changeLog;
    private final Event<ReportWithdrawn> withdrawals;

    public ReportWithdrawalService(ChangeLog changeLog, Event<ReportWithdrawn> withdrawals) {
        this.changeLog = changeLog;
        this.withdrawals = withdrawals;
    }

    public Outcome<Report> withdraw(WithdrawReportInput input, String actor) {
        List<UserError> errors = new ArrayList<>();
        if (input.reason().isBlank()) {
            errors.add(UserError.of("input.reason", UserErrorCode.REQUIRED, "give the reason for the withdrawal"));
        }
        // Locked, so that of two concurrent withdrawals the second sees the first.
        Optional<Report> report = IdLookup.find(input.reportId(), NodeType.Report, "input.reportId",
                id -> Report.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), errors);
        report.filter(r -> r.state == ReportState.WITHDRAWN).ifPresent(r -> errors.add(UserError.of(
                "input.reportId", UserErrorCode.ALREADY_WITHDRAWN, "the report was already withdrawn")));
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        Report withdrawn = report.get();
        withdrawn.state = ReportState.WITHDRAWN;
        withdrawn.flush();
        ReportWithdrawal record = new ReportWithdrawal();
        record.reportId = withdrawn.id;
        record.reason = input.reason().strip();
        record.withdrawnBy = actor;
        record.withdrawnAt = OffsetDateTime.now();
        record.persist();
        changeLog.record(EntityType.REPORT, withdrawn.id, ChangeAction.WITHDRAWN, actor);
        withdrawals.fire(new ReportWithdrawn(withdrawn, actor));
        return Outcome.changed(withdrawn);
    }
}
