package org.fazhi.registry.idempotency;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes kept answers once their retention has passed; lookups ignore them already, this only frees the rows. */
@ApplicationScoped
public class IdempotencyExpiry {

    private final IdempotentAnswers answers;

    public IdempotencyExpiry(IdempotentAnswers answers) {
        this.answers = answers;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int expired = answers.expire();
        if (expired > 0) {
            Log.infof("idempotency: %d answer(s) older than %s deleted", expired, IdempotentAnswers.RETENTION);
        }
    }
}
