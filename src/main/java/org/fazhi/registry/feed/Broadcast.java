package org.fazhi.registry.feed;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import java.util.concurrent.Flow.Processor;

/**
 * Live signals for subscribers: each one sent reaches every subscriber connected at that moment, and none is kept.
 * The change feed is the durable record.
 */
public final class Broadcast<T> {

    private final BroadcastProcessor<T> processor = BroadcastProcessor.create();
    // Transactions commit on many threads at once; subscribers must see one signal at a time.
    private final Processor<T, T> signals = processor.serialized();

    /** Sends {@code signal} to the subscribers connected now; call it once the change it tells of is committed. */
    public void send(T signal) {
        signals.onNext(signal);
    }

    /**
     * The signals sent from now on. Each subscriber resolves them on a worker thread, not on the thread of the
     * writer that sent them: so it reads them with its own request and token, never the writer's, and a slow
     * subscriber does not hold up the writer's answer.
     */
    public Multi<T> stream() {
        return processor.emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
