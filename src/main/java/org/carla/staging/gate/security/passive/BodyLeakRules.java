package org.carla.staging.gate.security.passive;

import java.util.List;
import java.util.Optional;
import org.carla.staging.gate.security.LeakPatterns;

/** Response bodies that show stack traces, internal paths, SQL errors, debug pages or credentials. */
public final class BodyLeakRules {
    private BodyLeakRules() {
    }

    public static List<PassiveRule> all() {
        return List.of(
                rule("LEAK-STACKTRACE", "Stack trace in a response", LeakPatterns.STACK_TRACE,
                        "Return a generic error body; log the trace server-side (no debug mode in staging)."),
                rule("LEAK-PATH", "Internal file path in a response", LeakPatterns.INTERNAL_PATH,
                        "Do not echo server file paths; map exceptions to generic messages."),
                rule("LEAK-SQL", "Database error text in a response", LeakPatterns.SQL_ERROR,
                        "Catch database errors and answer a generic 4xx/5xx; use bound parameters."),
                rule("LEAK-DEBUG-PAGE", "Framework debug page served", LeakPatterns.DEBUG_PAGE,
                        "Turn debug mode off (DEBUG=False, FastAPI(debug=False), no Werkzeug debugger)."),
                rule("LEAK-SYSTEM-FILE", "System file content served", LeakPatterns.SYSTEM_FILE,
                        "Fix the path handling: resolve against a base directory and reject '..' after decoding."),
                new PassiveCheck("LEAK-CREDENTIAL", "Password hash, key or secret field in a response",
                        "Never serialise password hashes, keys or secrets; use response models that list allowed fields.",
                        e -> scannable(e) ? credential(e).map(List::of).orElse(List.of()) : List.of()));
    }

    private static PassiveRule rule(String id, String title, LeakPatterns patterns, String advice) {
        return new PassiveCheck(id, title, advice,
                e -> scannable(e) ? patterns.find(e.body()).map(List::of).orElse(List.of()) : List.of());
    }

    /** JSON secret fields count only in JSON; hashes and keys anywhere. */
    private static Optional<String> credential(Exchange e) {
        Optional<String> found = LeakPatterns.CREDENTIAL.find(e.body());
        return found.filter(f -> e.isJson() || !f.startsWith("JSON field"));
    }

    /** Text answers only: scripts, styles and binaries contain anything. */
    static boolean scannable(Exchange e) {
        String type = e.mediaType();
        return e.hasBody() && !type.contains("javascript") && !type.equals("text/css") && !type.startsWith("image/")
                && !type.startsWith("font/") && !type.startsWith("audio/") && !type.startsWith("video/")
                && !type.equals("application/octet-stream") && !type.equals("application/wasm");
    }
}
