package org.fazhi.registry.graphql;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * How much stored report data reads bring into memory: one request at most {@link RequestLimits#readBudget()}
 * bytes, all requests being served at most {@link RequestLimits#readsInFlight()}. The heavy reads (report texts,
 * the parts of reports) load no more than the request's {@link #allowance()}, so a request asking for more is refused
 * with RESPONSE_TOO_LARGE, and one arriving while the others hold the service's share with SERVICE_BUSY, before either
 * holds more than its share; no resolver of a refused request starts afterwards ({@link ReadRefusal}). A request gives
 * back what it was charged once its answer is complete. Twenty reports at the size limits read with all their lists
 * once took 320 MB of heap: reads are what a small pod's heap must be guarded against.
 */
@ApplicationScoped
public class ReadBudget {

    /** What one part of a report counts for: its fields, its text and what the engine holds for it. */
    public static final int ROW_BYTES = 1_000;
    /**
     * What the current request has been charged, all of it held in the service's pool, and the code of its refusal,
     * if it was refused. Kept as JDK types: tests restart the application in new class loaders while the engine's
     * eventing services ({@link ReadRefusal}) may stay loaded by an earlier one.
     */
    private static final String USED = ReadBudget.class.getName() + ".used";
    private static final String REFUSED = ReadBudget.class.getName() + ".refused";

    private final int perRequest;
    private final Semaphore inFlight;

    ReadBudget(RequestLimits limits) {
        this.perRequest = limits.readBudget();
        this.inFlight = new Semaphore(limits.readsInFlight());
    }

    void register(@Observes Router router) {
        router.route(GraphQLRequests.PATH).order(GraphQLRequests.ORDER + 1).handler(ctx -> {
            AtomicLong charge = new AtomicLong();
            ctx.put(USED, charge);
            ctx.put(REFUSED, new AtomicReference<String>());
            // Given back once the answer is complete: its headers are written after every field was resolved. The end
            // of the response, which also comes when the request fails, gives back what is still held.
            ctx.addHeadersEndHandler(v -> release(charge));
            ctx.addEndHandler(v -> release(charge));
            ctx.next();
        });
    }

    /** How many bytes the current request may read now: what is left of its budget, as far as the service has it. */
    public long allowance() {
        return allowance(GraphQLRequests.current());
    }

    /** How many bytes the request of {@code ctx} may read now; null stands for no HTTP request. */
    public long allowance(RoutingContext ctx) {
        AtomicLong used = attribute(ctx, USED);
        return used == null ? perRequest : Math.min(perRequest - used.get(), inFlight.availablePermits());
    }

    /** The rows of {@code query} as far as the {@link #allowance()} goes, charged; refused if there are more. */
    public <T> List<T> rows(PanacheQuery<T> query) {
        return rows(limit -> query.range(0, limit - 1).list()); // the range is inclusive
    }

    /**
     * The rows {@code read} answers when given the most it may read (one more than fit the {@link #allowance()},
     * so that a longer list is refused rather than read whole), charged.
     */
    public <T> List<T> rows(IntFunction<List<T>> read) {
        List<T> rows = read.apply((int) (allowance() / ROW_BYTES) + 1);
        charge((long) rows.size() * ROW_BYTES);
        return rows;
    }

    /**
     * Charges {@code bytes} read to the current request: refused with RESPONSE_TOO_LARGE past the request's budget,
     * with SERVICE_BUSY past what the service holds for all requests at once. Outside an HTTP request (a
     * subscription's event) only the budget of one request applies, to this read alone.
     */
    public void charge(long bytes) {
        charge(GraphQLRequests.current(), bytes);
    }

    /** Charges {@code bytes} read to the request of {@code ctx}, as {@link #charge(long)} does to the current one. */
    public void charge(RoutingContext ctx, long bytes) {
        AtomicLong used = attribute(ctx, USED);
        if (used == null) {
            if (bytes > perRequest) {
                throw tooLarge();
            }
            return;
        }
        synchronized (used) {
            if (used.get() + bytes > perRequest) {
                throw refuse(ctx, tooLarge());
            }
            if (!inFlight.tryAcquire((int) bytes)) {
                throw refuse(ctx, busy());
            }
            used.addAndGet(bytes);
        }
    }

    /** The refusal of a read the service has no room for now. */
    public static ServiceException busy() {
        return new ServiceException(ServiceErrorCode.SERVICE_BUSY,
                "the service is serving as much report data as it holds at once; retry shortly");
    }

    /** Why the current request was refused a read, if it was: its other fields are not resolved. */
    static ServiceErrorCode refusal() {
        AtomicReference<String> refused = attribute(GraphQLRequests.current(), REFUSED);
        return refused == null || refused.get() == null ? null : ServiceErrorCode.valueOf(refused.get());
    }

    /** Notes {@code refusal} on the request of {@code ctx}, so that none of its resolvers starts afterwards. */
    private static ServiceException refuse(RoutingContext ctx, ServiceException refusal) {
        AtomicReference<String> refused = attribute(ctx, REFUSED);
        if (refused != null) {
            refused.compareAndSet(null, refusal.code().name());
        }
        return refusal;
    }

    private ServiceException tooLarge() {
        return new ServiceException(ServiceErrorCode.RESPONSE_TOO_LARGE, "the request reads more than " + perRequest
                + " bytes of report data (the texts, and " + ROW_BYTES + " for each section, item, commitment, problem, "
                + "metric, citation or piece of evidence); ask for fewer reports, or fewer of their texts and lists, at once");
    }

    private void release(AtomicLong used) {
        synchronized (used) {
            inFlight.release((int) used.getAndSet(0));
        }
    }

    private static <T> T attribute(RoutingContext ctx, String key) {
        return ctx == null ? null : ctx.get(key);
    }
}
