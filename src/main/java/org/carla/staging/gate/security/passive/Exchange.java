package org.carla.staging.gate.security.passive;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One observed request/response pair, the input of every passive rule. The body is text, truncated to
 * {@link #MAX_BODY_CHARS}; {@code credentialed} says whether the request carried an Authorization
 * header or a cookie.
 */
public record Exchange(String method, URI uri, HeaderMap requestHeaders, int status, HeaderMap responseHeaders,
                       String body, String contentType, boolean credentialed) {
    public static final int MAX_BODY_CHARS = 64 * 1024;

    public Exchange {
        Objects.requireNonNull(uri, "uri");
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        requestHeaders = requestHeaders == null ? HeaderMap.empty() : requestHeaders;
        responseHeaders = responseHeaders == null ? HeaderMap.empty() : responseHeaders;
        body = truncate(body == null ? "" : body);
        contentType = contentType == null || contentType.isBlank()
                ? responseHeaders.first("Content-Type").orElse("") : contentType;
    }

    /** An exchange whose content type and credentials are read from the headers. */
    public static Exchange of(String method, URI uri, HeaderMap requestHeaders, int status, HeaderMap responseHeaders,
                              String body) {
        HeaderMap request = requestHeaders == null ? HeaderMap.empty() : requestHeaders;
        return new Exchange(method, uri, request, status, responseHeaders, body, null, carriesCredentials(request));
    }

    /** An exchange made with the JDK client; String and byte[] bodies are kept, others are not. */
    public static Exchange fromJdk(HttpResponse<?> response) {
        HeaderMap request = HeaderMap.of(response.request().headers().map());
        return of(response.request().method(), response.uri(), request, response.statusCode(),
                HeaderMap.of(response.headers().map()), text(response.body()));
    }

    private static String text(Object body) {
        if (body instanceof String s) return s;
        if (body instanceof byte[] bytes) return decode(bytes);
        return "";
    }

    /** UTF-8 text of at most {@link #MAX_BODY_CHARS} characters' worth of bytes. */
    public static String decode(byte[] bytes) {
        int length = Math.min(bytes.length, MAX_BODY_CHARS * 2);
        return new String(Arrays.copyOf(bytes, length), StandardCharsets.UTF_8);
    }

    static boolean carriesCredentials(HeaderMap request) {
        return request.has("Authorization") || request.has("Cookie");
    }

    private static String truncate(String text) {
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text;
    }

    public boolean isHttps() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    public boolean hasBody() {
        return !body.isEmpty();
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The media type, lower case, without parameters; empty when the answer declared none. */
    public String mediaType() {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    public boolean isHtml() {
        String type = mediaType();
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    public boolean isJson() {
        String type = mediaType();
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** The URL without query or fragment (queries may carry tokens). */
    public String location() {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() == null ? path : uri.getScheme() + "://" + uri.getRawAuthority() + path;
    }
}
