package org.carla.staging.gate.load.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP server that answers with exactly the bytes a test crafts, one conversation per connection.
 * Public for the engine's tests above the wire.
 */
public final class RawServer implements AutoCloseable {
    /** What the server does on one accepted connection; returning closes it. */
    public interface Conversation {
        void talk(Peer peer) throws IOException;
    }

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public RawServer(Conversation conversation) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> accept(conversation));
    }

    /** Answers every request on a connection with the same bytes until the client closes. */
    public static RawServer answering(String response) throws IOException {
        return new RawServer(peer -> {
            while (peer.readRequest() != null) {
                peer.write(response);
            }
        });
    }

    /** Answers one request per connection, then closes its side without a word: a keep-alive timeout, or a cut. */
    public static RawServer answeringOnceThenClosing(String response) throws IOException {
        return new RawServer(peer -> {
            peer.readRequest();
            peer.write(response);
            peer.closeOutput();
        });
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    public int connections() {
        return accepted.size();
    }

    public List<String> requests() {
        return requests;
    }

    private void accept(Conversation conversation) {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(5_000);
                accepted.add(socket);
                threads.execute(() -> {
                    try (socket) {
                        conversation.talk(new Peer(socket, accepted.size()));
                    } catch (IOException ignored) {
                        // The client went away: the conversation is over either way.
                    }
                });
            } catch (IOException closing) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : accepted) {
            socket.close();
        }
        threads.shutdownNow();
    }

    /** One accepted connection, seen from the server. */
    public final class Peer {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        final int connection;

        private Peer(Socket socket, int connection) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
            this.connection = connection;
        }

        /** The next request's head and body as text, or null once the client closed. */
        public String readRequest() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                String text = head.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n")) {
                    int length = contentLength(text);
                    String request = text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
                    requests.add(request);
                    return request;
                }
            }
            return null;
        }

        public void write(String ascii) throws IOException {
            write(ascii.getBytes(StandardCharsets.ISO_8859_1));
        }

        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /** Lets the client's read return before the next write, so a test can split a response. */
        public void pause(long millis) {
            LockSupport.parkNanos(millis * 1_000_000);
        }

        public void closeOutput() throws IOException {
            socket.shutdownOutput();
        }

        private int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring(15).strip());
                }
            }
            return 0;
        }
    }
}
