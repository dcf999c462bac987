package org.fazhi.registry.sqljson;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.graphql.FailureTranslation;
import org.fazhi.registry.graphql.ReadBudget;
import org.fazhi.registry.graphql.ServiceErrorCode;
import org.fazhi.registry.graphql.ServiceException;

/**
 * GraphQL over HTTP (POST, JSON) for the read queries of anonymous readers that PostgreSQL can answer in
 * one statement ({@link SqlJsonQueries}): the response is the statement's result, written as the GraphQL
 * route would write it. Every other request, and any this cannot answer, goes on to the GraphQL route unchanged; one the
 * database cannot serve now (no connection free in time, unreachable, cancelled at the timeout) is answered
 * with the retryable error the engine would give.
 */
@ApplicationScoped
public class SqlJsonRoute {

    private static final String PATH = "/graphql";
    /** After the malformed-request check (-100), before the GraphQL route. */
    private static final int ORDER = -90;
    private static final String DEFAULT_TYPE = "application/graphql-response+json; charset=UTF-8";
    private static final List<String> TYPES = List.of("application/json", "application/graphql-response+json",
            "application/graphql+json");

    private final SqlJsonQueries queries;
    private final ReadBudget budget;
    private final boolean enabled;

    public SqlJsonRoute(SqlJsonQueries queries, ReadBudget budget,
            @ConfigProperty(name = "registry.sql-json.enabled") boolean enabled) {
        this.queries = queries;
        this.budget = budget;
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route(HttpMethod.POST, PATH).order(ORDER).blockingHandler(this::answer, false);
        }
    }

    private void answer(RoutingContext ctx) {
        Optional<String> type = responseType(ctx);
        // A caller with a token may read what anonymous readers may not (auth/Caller): the engine answers it.
        Optional<Buffer> json = type.isPresent() && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                ? response(ctx) : Optional.empty();
        if (json.isPresent()) {
            ctx.response().putHeader("Content-Type", type.get()).end(json.get());
        } else {
            ctx.next();
        }
    }

    /**
     * The response PostgreSQL builds, charged to the request's read budget by its size; empty when the engine is to
     * answer: a query not compiled here, or an answer larger than the budget allows, which the engine then reads
     * field by field and refuses as its own accounting says.
     */
    private Optional<Buffer> response(RoutingContext ctx) {
        try {
            JsonObject request = ctx.body().asJsonObject();
            if (request == null || !(request.getValue("query") instanceof String query)) {
                return Optional.empty();
            }
            Optional<SqlJsonQueries.Answer> answer = queries.answer(query, request.getString("operationName"),
                    map(request.getJsonObject("variables")), budget.allowance(ctx));
            answer.ifPresent(a -> budget.charge(ctx, a.bytes()));
            return answer.map(a -> Buffer.buffer(a.json()));
        } catch (ServiceException refused) {
            return Optional.of(failure(refused.code(), refused.getMessage()));
        } catch (RuntimeException e) {
            // The engine would only wait for the same database again; it answers any other failure its own way.
            return FailureTranslation.databaseCode(e).map(code -> failure(code, FailureTranslation.describe(code)));
        }
    }

    /** The response to a request the service cannot serve now, coded as the engine codes it. */
    private static Buffer failure(ServiceErrorCode code, String message) {
        JsonObject extensions = new JsonObject().put("code", code.name()).put(ServiceErrorCode.RETRYABLE, code.retryable())
                .put("classification", "DataFetchingException");
        JsonObject error = new JsonObject().put("message", message).put("extensions", extensions);
        return new JsonObject().put("errors", new JsonArray().add(error)).putNull("data").toBuffer();
    }

    /** The content type the GraphQL route would answer with; empty where it would refuse the request. */
    private static Optional<String> responseType(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(DEFAULT_TYPE);
        }
        for (MIMEHeader header : ctx.parsedHeaders().accept()) {
            String value = header.rawValue();
            if (TYPES.stream().anyMatch(value::startsWith)) {
                return value.contains("charset=") && !value.toLowerCase(Locale.ROOT).contains("charset=utf-8")
                        ? Optional.empty() : Optional.of(value);
            }
            if (value.startsWith("*/*")) {
                return Optional.of(DEFAULT_TYPE);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> map(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (object != null) {
            object.forEach(e -> map.put(e.getKey(), plain(e.getValue())));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return map(object);
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.forEach(v -> list.add(plain(v)));
            return list;
        }
        return value;
    }
}
