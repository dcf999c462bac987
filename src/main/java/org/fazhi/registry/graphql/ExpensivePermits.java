package org.fazhi.registry.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service's {@link RequestLimits#expensiveConcurrency()} permits to run an {@link Expensive} operation. One that
 * finds them all taken waits up to {@link RequestLimits#busyWait()} for one, unless
 * {@link RequestLimits#expensiveQueue()} others already wait; otherwise it is refused with SERVICE_BUSY before it
 * starts any work. A burst of heavy requests queues briefly or is turned away instead of taking the processors, the
 * memory and, while waiting, every worker thread the cheap requests need.
 */
@ApplicationScoped
public class ExpensivePermits {

    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxWaiting;
    private final long waitNanos;

    ExpensivePermits(RequestLimits limits) {
        this.permits = new Semaphore(limits.expensiveConcurrency(), true);
        this.maxWaiting = limits.expensiveQueue();
        this.waitNanos = limits.busyWait().toNanos();
    }

    /** Takes a permit, to be given back with {@link #release()}; refuses with SERVICE_BUSY when none frees in time. */
    void acquire() throws InterruptedException {
        if (permits.tryAcquire()) {
            return;
        }
        try {
            if (waiting.incrementAndGet() > maxWaiting || !permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new ServiceException(ServiceErrorCode.SERVICE_BUSY,
                        "the service is running as many expensive operations as it can; retry shortly");
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    void release() {
        permits.release();
    }
}
