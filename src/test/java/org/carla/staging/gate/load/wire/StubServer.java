package org.carla.staging.gate.load.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A JDK HTTP server on a free loopback port whose routes answer with chosen delays, statuses and bodies.
 * Public for the engine's tests above the wire.
 */
public final class StubServer implements AutoCloseable {
    /** Decides the answer from the n-th call (1-based) of the route. */
    public interface Route {
        Answer answer(int call, HttpExchange exchange);
    }

    public record Answer(int status, long delayMillis, String body) {
        public static Answer ok(long delayMillis) {
            return new Answer(200, delayMillis, "ok");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;

    public StubServer(int threads) throws IOException {
        // Headers and body leave in two writes; with Nagle on, the client's delayed ACK adds ~40 ms to every
        // answer and would drown the delays the tests inject. Read once, when the JDK server first loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stub-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.start();
    }

    public StubServer route(String path, Route route) {
        AtomicInteger calls = new AtomicInteger();
        server.createContext(path, exchange -> answer(exchange, route.answer(calls.incrementAndGet(), exchange)));
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        pause(answer.delayMillis());
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Simulated service time: parks (never Thread.sleep), gives up early if the server is closing. */
    private static void pause(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        long left;
        while ((left = until - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(left);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
