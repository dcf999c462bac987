package org.fazhi.registry.feed;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Flow.Processor;
import org.fazhi.registry.commitment.CommitmentView;
import org.fazhi.registry.report.ReportView;

/**
 * Tells subscribers what changed, once the change is committed: a rolled-back change is never
 * announced. Call it inside the transaction that makes the change.
 */
@ApplicationScoped
public class ChangeNotifier {

    private final BroadcastProcessor<ReportView> reports = BroadcastProcessor.create();
    private final BroadcastProcessor<CommitmentView> commitments = BroadcastProcessor.create();
    // Transactions commit on many threads at once; subscribers must see one signal at a time.
    private final Processor<ReportView, ReportView> reportSignals = reports.serialized();
    private final Processor<CommitmentView, CommitmentView> commitmentSignals = commitments.serialized();
    private final TransactionSynchronizationRegistry transactions;

    public ChangeNotifier(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Announces {@code report} as submitted when the current transaction commits. */
    public void reportSubmitted(ReportView report) {
        afterCommit(() -> reportSignals.onNext(report));
    }

    /** Announces {@code commitment}'s new status when the current transaction commits. */
    public void commitmentStatusChanged(CommitmentView commitment) {
        afterCommit(() -> commitmentSignals.onNext(commitment));
    }

    Multi<ReportView> submittedReports() {
        return reports;
    }

    Multi<CommitmentView> changedCommitments() {
        return commitments;
    }

    private void afterCommit(Runnable announce) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    announce.run();
                }
            }
        });
    }
}
