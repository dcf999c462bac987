package org.fazhi.registry.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * GraphQL over HTTP: a request refused as a whole (no {@code data}: validation, variables, limits) is answered
 * with 422 and {@code application/graphql-response+json}. A client that accepts only {@code application/json}
 * gets the legacy answer, 200, as the specification asks.
 */
@ApplicationScoped
public class ResponseStatus {

    static final String MEDIA_TYPE = "application/graphql-response+json";
    static final int UNPROCESSABLE = 422;
    private static final String PATH = "/graphql";
    private static final String REFUSED = ResponseStatus.class.getName() + ".refused";
    /** Ahead of every other handler of the path, so that the answer of each is adjusted. */
    private static final int ORDER = -200;

    void register(@Observes Router router) {
        router.route(HttpMethod.POST, PATH).order(ORDER).handler(ResponseStatus::adjustOnEnd);
        router.route(HttpMethod.GET, PATH).order(ORDER).handler(ResponseStatus::adjustOnEnd);
    }

    /** Marks the current HTTP request as refused; called while the request's GraphQL operation is validated. */
    static void markRefused() {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            RoutingContext http = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            if (http != null) {
                http.put(REFUSED, Boolean.TRUE);
            }
        }
    }

    /** The media type an error answer is sent as: the legacy one only to clients that ask for nothing else. */
    static String errorMediaType(RoutingContext ctx) {
        return legacyClient(ctx) ? "application/json" : MEDIA_TYPE;
    }

    private static void adjustOnEnd(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> {
            if (Boolean.TRUE.equals(ctx.get(REFUSED)) && !legacyClient(ctx)) {
                ctx.response().setStatusCode(UNPROCESSABLE).putHeader("Content-Type", MEDIA_TYPE + ";charset=UTF-8");
            }
        });
        ctx.next();
    }

    private static boolean legacyClient(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        if (accept == null) {
            return false;
        }
        String types = accept.toLowerCase(Locale.ROOT);
        return types.contains("application/json") && !types.contains(MEDIA_TYPE) && !types.contains("*/*");
    }
}
