package org.fazhi.registry.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the service notes on each GraphQL request over HTTP: when it arrived, from which its deadline counts
 * ({@link RequestDeadline}), and whether an internal fault occurred while it was served, which turns its status into
 * 500 ({@link FailureTranslation}): the GraphQL engine itself answers 200 whatever happened.
 */
@ApplicationScoped
public class GraphQLRequests {

    static final String PATH = "/graphql";
    /** Ahead of every other handler of the path. */
    static final int ORDER = -200;
    private static final String ARRIVED = GraphQLRequests.class.getName() + ".arrived";
    private static final String FAULT = GraphQLRequests.class.getName() + ".fault";
    private static final int INTERNAL_ERROR = 500;

    void register(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(GraphQLRequests::note);
    }

    private static void note(RoutingContext ctx) {
        ctx.put(ARRIVED, System.nanoTime());
        ctx.addHeadersEndHandler(v -> {
            if (ctx.get(FAULT) != null) {
                ctx.response().setStatusCode(INTERNAL_ERROR);
            }
        });
        ctx.next();
    }

    /** Records an internal fault of the current request, so that it is answered with HTTP 500. */
    static void markFault() {
        RoutingContext ctx = current();
        if (ctx != null) {
            ctx.put(FAULT, Boolean.TRUE);
        }
    }

    /** When the current request arrived ({@link System#nanoTime()}); null outside an HTTP request. */
    static Long arrival() {
        RoutingContext ctx = current();
        return ctx == null ? null : ctx.get(ARRIVED);
    }

    /** The HTTP request being served on this thread; null outside one (a subscription's events). */
    static RoutingContext current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            return request.get().getCurrent();
        }
    }
}
