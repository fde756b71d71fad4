package org.carla.staging.gate.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The gate's readiness probe from the host: GET on the published port, 2xx within a short bound. */
public final class HttpReadinessProbe implements StackReadiness.HttpProbe {
    private static final Duration BOUND = Duration.ofSeconds(2);
    // HTTP/1.1: the JDK client would otherwise ask every server for an h2c upgrade (uvicorn logs a warning each time).
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(BOUND)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public String notAnswering(URI url) {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(url).timeout(BOUND).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 == 2) return null;
            String body = answer.body().replaceAll("\\s+", " ").strip();
            return "HTTP " + answer.statusCode() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
