package org.fazhi.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of the service's GraphQL WebSocket (graphql-transport-ws), as a browser or an integrator connects:
 * anonymously, or with a bearer token on the upgrade request. Answers pings; keeps every other message in order.
 */
public final class Subscriber implements AutoCloseable {

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final Vertx vertx = Vertx.vertx();
    private final WebSocket socket;

    private Subscriber(String token) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("localhost").setPort(RestAssured.port)
                .setURI("/graphql").addSubProtocol("graphql-transport-ws");
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            if ("ping".equals(message.getString("type"))) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            } else {
                received.add(message);
            }
        });
        send(new JsonObject().put("type", "connection_init"));
        assertThat(next().getString("type")).isEqualTo("connection_ack");
    }

    /** Connects without a token and waits for the connection to be acknowledged. */
    public static Subscriber anonymous() throws Exception {
        return new Subscriber(null);
    }

    /** Connects with {@code token} as the upgrade request's bearer token. */
    public static Subscriber with(String token) throws Exception {
        return new Subscriber(token);
    }

    /** Starts the operation {@code document} under {@code id}; the protocol sends no confirmation. */
    public void subscribe(String id, String document) {
        send(new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query", document)));
    }

    /** The next message, failing when none arrives within 10 s. */
    public JsonObject next() throws InterruptedException {
        JsonObject message = received.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("a message within 10 s").isNotNull();
        return message;
    }

    /** The next message if one arrives within a second, else null. */
    public JsonObject poll() throws InterruptedException {
        return received.poll(1, TimeUnit.SECONDS);
    }

    private void send(JsonObject message) {
        socket.writeTextMessage(message.encode());
    }

    @Override
    public void close() {
        vertx.close();
    }
}
