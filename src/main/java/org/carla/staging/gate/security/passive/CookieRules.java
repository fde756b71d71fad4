package org.carla.staging.gate.security.passive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Set-Cookie attributes: HttpOnly on session-like cookies, SameSite always, Secure on https. */
public final class CookieRules {
    private static final Pattern SESSION_LIKE = Pattern.compile(
            "(?i).*(sess|sid|token|auth|jwt|access|refresh|remember|login|ident).*");
    private static final Pattern JS_READABLE = Pattern.compile("(?i).*(csrf|xsrf).*");

    private CookieRules() {
    }

    /** One Set-Cookie header: the cookie's name and its attributes (lower-case names). */
    record Cookie(String name, boolean empty, Map<String, String> attributes) {
        static Optional<Cookie> parse(String header) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) return Optional.empty();
            Map<String, String> attributes = new TreeMap<>();
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].strip();
                int at = part.indexOf('=');
                String key = (at < 0 ? part : part.substring(0, at)).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) attributes.put(key, at < 0 ? "" : part.substring(at + 1).strip());
            }
            return Optional.of(new Cookie(parts[0].substring(0, eq).strip(), parts[0].substring(eq + 1).isBlank(), attributes));
        }

        boolean deletes() {
            return empty || "0".equals(attributes.get("max-age"));
        }
    }

    public static List<PassiveRule> all() {
        return List.of(
                check("COOKIE-HTTPONLY", "Session cookie readable by scripts",
                        "Set HttpOnly on session and token cookies.",
                        (c, e) -> SESSION_LIKE.matcher(c.name()).matches() && !JS_READABLE.matcher(c.name()).matches()
                                && !c.attributes().containsKey("httponly") ? "without HttpOnly" : null),
                check("COOKIE-SAMESITE", "Cookie without a SameSite restriction",
                        "Set SameSite=Lax or Strict (SameSite=None only with Secure and a reason).",
                        (c, e) -> {
                            String sameSite = c.attributes().get("samesite");
                            if (sameSite == null) return "without SameSite";
                            return sameSite.equalsIgnoreCase("none") && !c.attributes().containsKey("secure")
                                    ? "SameSite=None without Secure" : null;
                        }),
                check("COOKIE-SECURE", "Cookie without Secure over https",
                        "Set Secure on every cookie served over https.",
                        (c, e) -> e.isHttps() && !c.attributes().containsKey("secure") ? "without Secure" : null));
    }

    private static PassiveRule check(String id, String title, String advice, BiFunction<Cookie, Exchange, String> problem) {
        return new PassiveCheck(id, title, advice, e -> {
            List<String> evidence = new ArrayList<>();
            for (String header : e.responseHeaders().all("Set-Cookie")) {
                Cookie.parse(header).filter(c -> !c.deletes()).ifPresent(c -> {
                    String found = problem.apply(c, e);
                    if (found != null) evidence.add("cookie '" + c.name() + "' " + found);
                });
            }
            return evidence;
        });
    }
}
