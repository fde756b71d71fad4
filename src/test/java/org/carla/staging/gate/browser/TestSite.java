package org.carla.staging.gate.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SPA on 127.0.0.1: {@code /} loads {@code /app.js}, which inserts the scenario list after
 * {@link #LIST_DELAY_MS}; {@code /empty} never shows it. Everything is sent cacheable for an hour, so
 * each request counted for {@code /app.js} is a load the browser did not serve from its cache.
 */
final class TestSite implements AutoCloseable {
    static final int LIST_DELAY_MS = 300;
    static final String SELECTOR = "#scenario-list li";
    static final String FIRST = "Town01 - clear noon";
    static final String SECOND = "Town04 - highway merge";

    private static final String PAGE = """
            <!doctype html><html><head><title>scenarios</title><script src="/app.js"></script></head>
            <body><h1>Scenarios</h1></body></html>""";
    private static final String APP = """
            setTimeout(() => document.body.insertAdjacentHTML('beforeend',
              '<ul id="scenario-list"><li>%s</li><li>%s</li><li></li></ul>'), %d);
            """.formatted(FIRST, SECOND, LIST_DELAY_MS);
    private static final String EMPTY = "<!doctype html><html><body><ul id=\"scenario-list\"><li> </li></ul></body></html>";

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/", "text/html", PAGE);
        serve("/app.js", "text/javascript", APP);
        serve("/empty", "text/html", EMPTY);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void serve(String path, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
