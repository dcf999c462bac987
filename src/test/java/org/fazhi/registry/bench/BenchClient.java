package org.fazhi.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** GraphQL requests over HTTP to the service under load, anonymous or as an editor. */
final class BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String editorToken;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    BenchClient(URI endpoint, String editorToken) {
        this.endpoint = endpoint;
        this.editorToken = editorToken;
    }

    /** The body of a GraphQL request: {@code variables} are names and values in turn. */
    static Map<String, Object> request(String document, Object... variables) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        return Map.of("query", document, "variables", values);
    }

    HttpResponse<String> send(boolean asEditor, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/graphql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (asEditor) {
            request.header("Authorization", "Bearer " + editorToken);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
