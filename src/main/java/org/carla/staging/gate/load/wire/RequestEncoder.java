package org.carla.staging.gate.load.wire;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link Request} as the bytes of one HTTP/1.1 request, head and body in one array so it leaves in one write.
 * Keep-alive is HTTP/1.1's default, so no {@code Connection} header; {@code Host} and {@code Content-Length}
 * come from here, never from the request.
 */
final class RequestEncoder {
    private final String pathPrefix;
    private final String host;

    RequestEncoder(URI baseUri) {
        String path = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        this.pathPrefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.host = baseUri.getRawAuthority();
    }

    /** True when the request's bytes never change, so a connection may encode it once and keep the array. */
    static boolean fixed(Request request) {
        return !Template.hasVariables(request.path()) && !Template.hasVariables(request.body())
                && request.headers().values().stream().noneMatch(Template::hasVariables);
    }

    /** @throws Template.MissingVariableException when the request needs a value no one provided */
    byte[] encode(Request request, Map<String, String> variables) {
        byte[] body = request.body() == null ? null : Template.render(request.body(), variables).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(128 + 32 * request.headers().size());
        head.append(request.method()).append(' ').append(pathPrefix).append(Template.render(request.path(), variables))
                .append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                head.append(name).append(": ").append(Template.render(header.getValue(), variables)).append("\r\n");
            }
        }
        if (body != null || sendsBody(request.method())) {
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (body == null || body.length == 0) {
            return headBytes;
        }
        byte[] whole = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
        System.arraycopy(body, 0, whole, headBytes.length, body.length);
        return whole;
    }

    /** Servers may wait for a body (or reject with 411) when these methods come without a length. */
    private static boolean sendsBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
