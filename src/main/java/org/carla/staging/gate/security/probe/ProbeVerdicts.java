package org.carla.staging.gate.security.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carla.staging.gate.security.LeakPatterns;

/** Judgements on the answer to a probe. */
public final class ProbeVerdicts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SLEEP_MARGIN = Duration.ofMillis(200);

    private ProbeVerdicts() {
    }

    public static boolean isServerError(int status) {
        return status >= 500 && status <= 599;
    }

    /**
     * Whether the payload came back where a browser would run it: raw in HTML, XML, plain text,
     * script, or an undeclared type; or in JSON outside a properly escaped string (the payload broke
     * the structure). A JSON string value holding the payload (FastAPI's 422 detail) is not reflection:
     * JSON escaping is the right encoding there and the answer is not rendered.
     */
    public static boolean reflectsUnescaped(String body, String contentType, String payload) {
        if (body == null || payload == null || payload.isEmpty() || !body.contains(payload)) return false;
        String type = mediaType(contentType);
        if (type.equals("application/json") || type.endsWith("+json")) return !insideJsonString(body, payload);
        return type.isEmpty() || type.startsWith("text/") || type.contains("html") || type.contains("xml")
                || type.contains("javascript") || type.contains("ecmascript");
    }

    /** Stack traces, internal paths, SQL errors, debug pages, system files or credentials in the body. */
    public static boolean leaksInternals(String body) {
        return LeakPatterns.anyIn(body).isPresent();
    }

    /** What leaked, as "KIND: evidence". */
    public static Optional<String> leakEvidence(String body) {
        return LeakPatterns.anyIn(body);
    }

    /** Whether a time-based probe's answer took at least the injected sleep longer than the baseline. */
    public static boolean suggestsTimeInjection(Duration elapsed, Duration baseline) {
        return elapsed.compareTo(baseline.plusSeconds(ProbeCatalog.SLEEP_SECONDS).minus(SLEEP_MARGIN)) >= 0;
    }

    /** A template expression evaluated: 7*7191 = 50337 appears although the payload did not contain it. */
    public static boolean evaluatesTemplate(String body, String payload) {
        return body != null && body.contains("50337") && !payload.contains("50337");
    }

    private static boolean insideJsonString(String body, String payload) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return false;
        }
        return root != null && containsInString(root, payload);
    }

    private static boolean containsInString(JsonNode node, String payload) {
        if (node.isTextual()) return node.textValue().contains(payload);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().contains(payload) || containsInString(field.getValue(), payload)) return true;
            }
            return false;
        }
        for (JsonNode child : node) if (containsInString(child, payload)) return true;
        return false;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
