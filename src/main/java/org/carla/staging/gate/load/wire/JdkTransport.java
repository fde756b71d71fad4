package org.carla.staging.gate.load.wire;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends a request with the JDK client ({@link TransportKind#JDK}, and every {@code https://} URL). Tuned for load rather than for convenience: HTTP/1.1 only (the
 * default HTTP/2 would add an h2c upgrade attempt to every new plain-text connection), no redirects
 * followed (a 3xx is an answer), keep-alive pooling, and a direct executor: the client's completion
 * callbacks run on its selector thread instead of hopping to a pool. Our body handlers only count or
 * copy bytes, so nothing slow runs there, and the hop was the biggest cost measured by
 * bench/engine-vs-wrk (direct: ~1.3-1.5x the throughput of the default or a fixed pool). Splitting
 * users over several clients (one selector thread each) measured no better on 2 cores. The JDK 17 client
 * has no close(); its selector thread ends once the client is unreachable.
 */
final class JdkTransport implements Transport {
    private final String base;
    private final Duration timeout;
    private final HttpClient client;

    JdkTransport(URI baseUri, Duration timeout) {
        String text = baseUri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .executor(Runnable::run)
                .build();
    }

    /** The client pools connections itself, so every user's line is the shared client. */
    @Override
    public Connection connection() {
        return new Connection() {
            @Override
            public Exchange send(Request request, Map<String, String> variables) {
                return JdkTransport.this.send(request, variables);
            }

            @Override
            public void close() {
                // Nothing of its own to close.
            }
        };
    }

    @Override
    public void close() {
        // The JDK 17 client has no close(); see above.
    }

    private Exchange send(Request request, Map<String, String> variables) {
        HttpRequest http;
        try {
            http = http(request, variables);
        } catch (Template.MissingVariableException missing) {
            return Exchange.failed(missing.getMessage());
        }
        try {
            if (!request.keepsBody()) {
                HttpResponse<Long> response = client.send(http, info -> CountingBody.sizeOnly());
                return outcome(response.statusCode(), response.headers(), response.body(), null);
            }
            HttpResponse<byte[]> response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
            return outcome(response.statusCode(), response.headers(), response.body().length, response.body());
        } catch (HttpTimeoutException timedOut) {
            return Exchange.failed(Exchange.timeoutText(timeout));
        } catch (IOException io) {
            return Exchange.failed(io);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Exchange.failed("interrupted");
        }
    }

    private HttpRequest http(Request request, Map<String, String> variables) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + Template.render(request.path(), variables)))
                .timeout(timeout);
        request.headers().forEach((name, value) -> builder.header(name, Template.render(value, variables)));
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Template.render(request.body(), variables));
        return builder.method(request.method(), body).build();
    }

    private static Exchange outcome(int status, HttpHeaders headers, long bodyBytes, byte[] body) {
        return new Exchange(status, bodyBytes + headerBytes(headers), body, null);
    }

    /** "HTTP/1.1 200 OK\r\n", each "name: value\r\n", then "\r\n": close to what crossed the wire. */
    private static long headerBytes(HttpHeaders headers) {
        long bytes = 17 + 2;
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }
}
