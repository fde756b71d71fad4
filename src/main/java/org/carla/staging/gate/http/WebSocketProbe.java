package org.carla.staging.gate.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a WebSocket and reports what the server did with it: refused the handshake, closed it (with
 * which code), or let it stay open and sent data. Bounded in time; always closes what it opened.
 */
public final class WebSocketProbe {
    /** What happened to one connection attempt. */
    public record Outcome(Kind kind, int code, String detail) {
        public boolean admitted() {
            return kind == Kind.OPEN_WITH_DATA || kind == Kind.OPEN_SILENT;
        }

        @Override
        public String toString() {
            return kind + (code != 0 ? " " + code : "") + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    public enum Kind { HANDSHAKE_REFUSED, CLOSED_BY_SERVER, OPEN_WITH_DATA, OPEN_SILENT, UNREACHABLE }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Outcome attempt(URI uri, Duration wait) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        WebSocket socket;
        try {
            socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new Recorder(result)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WebSocketHandshakeException handshake) {
                return new Outcome(Kind.HANDSHAKE_REFUSED, handshake.getResponse().statusCode(), "");
            }
            return new Outcome(Kind.UNREACHABLE, 0, String.valueOf(cause));
        } catch (TimeoutException e) {
            return new Outcome(Kind.UNREACHABLE, 0, "no handshake within " + wait.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Kind.UNREACHABLE, 0, "interrupted");
        }
        try {
            return result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Outcome(Kind.OPEN_SILENT, 0, "open for " + wait.toSeconds() + " s without data");
        } catch (InterruptedException | ExecutionException e) {
            return new Outcome(Kind.UNREACHABLE, 0, String.valueOf(e));
        } finally {
            socket.abort();
        }
    }

    /** Completes with the first thing the server does: send data or close. */
    private record Recorder(CompletableFuture<Outcome> result) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            result.complete(new Outcome(Kind.OPEN_WITH_DATA, 0, data.length() > 200 ? data.subSequence(0, 200) + "…" : data.toString()));
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data, boolean last) {
            result.complete(new Outcome(Kind.OPEN_WITH_DATA, 0, data.remaining() + " bytes"));
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            result.complete(new Outcome(Kind.CLOSED_BY_SERVER, statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            result.complete(new Outcome(Kind.CLOSED_BY_SERVER, 1006, String.valueOf(error.getMessage())));
        }
    }
}
