package org.fazhi.registry.sqljson;

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
import org.fazhi.registry.graphql.ServiceErrorCode;

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
    private final boolean enabled;

    public SqlJsonRoute(SqlJsonQueries queries, @ConfigProperty(name = "registry.sql-json.enabled") boolean enabled) {
        this.queries = queries;
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route(HttpMethod.POST, PATH).order(ORDER).blockingHandler(this::answer, false);
        }
    }

    private void answer(RoutingContext ctx) {
        // A caller with a token may read what anonymous readers may not (auth/Caller): the engine answers it.
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            ctx.next();
            return;
        }
        Optional<String> type = responseType(ctx);
        Optional<String> json = Optional.empty();
        try {
            JsonObject request = type.isPresent() ? ctx.body().asJsonObject() : null;
            if (request != null && request.getValue("query") instanceof String query) {
                json = queries.answer(query, request.getString("operationName"), map(request.getJsonObject("variables")));
            }
        } catch (RuntimeException e) {
            Optional<ServiceErrorCode> outlasting = FailureTranslation.databaseCode(e);
            // The engine would only wait for the same database again; it answers any other failure its own way.
            json = outlasting.map(SqlJsonRoute::failure);
        }
        if (json.isPresent()) {
            ctx.response().putHeader("Content-Type", type.get()).end(json.get());
        } else {
            ctx.next();
        }
    }

    /** The response to a request the database could not serve now, coded as the engine codes it. */
    private static String failure(ServiceErrorCode code) {
        JsonObject extensions = new JsonObject().put("code", code.name()).put(ServiceErrorCode.RETRYABLE, code.retryable())
                .put("classification", "DataFetchingException");
        JsonObject error = new JsonObject().put("message", FailureTranslation.describe(code)).put("extensions", extensions);
        return new JsonObject().put("errors", new JsonArray().add(error)).putNull("data").encode();
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
