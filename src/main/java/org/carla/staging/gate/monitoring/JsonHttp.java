package org.carla.staging.gate.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small JSON-over-HTTP client for the monitoring APIs: GET with query parameters, POST of a JSON body. */
final class JsonHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final URI base;
    private final Duration timeout;
    private final String authorization;

    JsonHttp(URI base, Duration timeout, String user, String password) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.base = base;
        this.timeout = timeout;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI base() {
        return base;
    }

    /** The JSON answer whatever the status (the monitoring APIs explain errors in the body); throws on no answer. */
    JsonNode get(String path, Map<String, String> params) throws IOException {
        String query = params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path + (query.isEmpty() ? "" : "?" + query))).GET());
    }

    JsonNode post(String path, JsonNode body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        request.timeout(timeout);
        if (authorization != null) request.header("Authorization", authorization);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            try {
                return JSON.readTree(response.body());
            } catch (IOException notJson) {
                String body = response.body().strip();
                throw new IOException("HTTP " + response.statusCode() + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
