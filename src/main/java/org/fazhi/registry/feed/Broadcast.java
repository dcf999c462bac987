package org.fazhi.registry.feed;

import io.smallrye.mutiny.Multi;
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

    public void send(T signal) {
        signals.onNext(signal);
    }

    public Multi<T> stream() {
        return processor;
    }
}
