package org.fazhi.registry.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GraphQL over HTTP: a request whose body is not JSON, is a batch, or whose document does not parse, is the
 * client's fault and gets 400 before it reaches the GraphQL engine (which would answer 200); one that asks too much
 * ({@link OperationLimits}) gets 422. The body and the document are read on a worker thread, never on the event loop
 * that serves every other connection.
 */
@ApplicationScoped
public class MalformedRequestFilter {

    private static final String PATH = "/graphql";
    /** Before the GraphQL route, which Quarkus registers with a non-negative order. */
    private static final int ORDER = -100;

    /** Jackson's default stops at strings of 20 M characters; a document's base64 in a variable is longer. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

    private static final int BAD_REQUEST = 400;
    private static final int UNPROCESSABLE = 422;

    private final ParserOptions parserOptions;
    /** The body limit of the HTTP server; Vert.x's own body handler would stop at 10 MB. */
    private final long maxBodySize;
    private final OperationLimits limits;

    public MalformedRequestFilter(@ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") int maxTokens,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, OperationLimits limits) {
        this.parserOptions = ParserOptions.getDefaultParserOptions().transform(o -> o.maxTokens(maxTokens));
        this.maxBodySize = maxBodySize.asLongValue();
        this.limits = limits;
    }

    void register(@Observes Router router) {
        // Unordered: requests are checked in parallel, each on a worker thread of its own.
        router.route(HttpMethod.POST, PATH).order(ORDER).handler(BodyHandler.create().setBodyLimit(maxBodySize))
                .blockingHandler(this::checkPost, false);
        router.route(HttpMethod.GET, PATH).order(ORDER).blockingHandler(this::checkGet, false);
    }

    private void checkPost(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            ctx.next();
            return;
        }
        Object body;
        try {
            body = ctx.body().buffer() == null ? null : json(ctx.body().buffer().getBytes());
        } catch (IOException e) {
            reject(ctx, "the request body is not valid JSON");
            return;
        }
        if (body instanceof JsonArray) {
            reject(ctx, "batches (a JSON array of requests) are not accepted: send each request on its own");
        } else if (body instanceof JsonObject request) {
            Document document = parse(ctx, request.getValue("query"));
            if (document != null && withinLimits(ctx, document, request.getValue("variables"))) {
                ctx.next();
            }
        } else {
            reject(ctx, "the request body must be a JSON object with a `query` string");
        }
    }

    private void checkGet(RoutingContext ctx) {
        String query = ctx.request().getParam("query");
        if (query == null) {
            ctx.next();
            return;
        }
        Document document = parse(ctx, query);
        if (document == null) {
            return;
        }
        boolean writes = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
        if (writes) {
            // GraphQL over HTTP: GET is for queries only, so a GET can never change anything.
            respond(ctx, 405, ServiceErrorCode.BAD_REQUEST, "mutations and subscriptions must be sent by POST");
            return;
        }
        Object variables;
        try {
            String given = ctx.request().getParam("variables");
            variables = given == null ? null : json(given.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            reject(ctx, "the `variables` parameter is not valid JSON");
            return;
        }
        if (withinLimits(ctx, document, variables)) {
            ctx.next();
        }
    }

    /** True when {@code document} asks no more than one request may; otherwise answers 422 and returns false. */
    private boolean withinLimits(RoutingContext ctx, Document document, Object variables) {
        Map<String, Object> values = variables instanceof JsonObject object ? object.getMap() : Map.of();
        Optional<OperationLimits.Refusal> refusal = limits.check(document, values);
        refusal.ifPresent(r -> respond(ctx, UNPROCESSABLE, r.code(), r.message()));
        return refusal.isEmpty();
    }

    /** The body as Vert.x JSON values; read by a parser that takes strings as long as the body limit allows. */
    private static Object json(byte[] body) throws IOException {
        Object value = JSON.readValue(body, Object.class);
        if (value instanceof Map<?, ?> object) {
            return new JsonObject(castMap(object));
        }
        return value instanceof List<?> array ? new JsonArray(new ArrayList<>(array)) : value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> object) {
        return (Map<String, Object>) object;
    }

    /** The parsed document, or null after answering 400. */
    private Document parse(RoutingContext ctx, Object query) {
        if (!(query instanceof String text) || text.isBlank()) {
            reject(ctx, "the request must carry a GraphQL document as a `query` string");
            return null;
        }
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(text).parserOptions(parserOptions).build());
        } catch (InvalidSyntaxException e) {
            // Also thrown, as ParseCancelledException, when the document exceeds the token limit.
            reject(ctx, ServiceErrorCode.GRAPHQL_PARSE_FAILED, "the GraphQL document does not parse: " + e.getMessage());
            return null;
        }
    }

    private static void reject(RoutingContext ctx, String message) {
        reject(ctx, ServiceErrorCode.BAD_REQUEST, message);
    }

    private static void reject(RoutingContext ctx, ServiceErrorCode code, String message) {
        respond(ctx, BAD_REQUEST, code, message);
    }

    private static void respond(RoutingContext ctx, int status, ServiceErrorCode code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions",
                new JsonObject().put(RequestErrors.CODE, code.name()).put(ServiceErrorCode.RETRYABLE, code.retryable()));
        ctx.response().setStatusCode(status).putHeader("Content-Type", ResponseStatus.errorMediaType(ctx))
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
