package org.carla.staging.gate.security.passive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Headers that tell an attacker which product and version to look up. */
public final class VersionLeakRules {
    private static final Pattern VERSION = Pattern.compile("[A-Za-z][\\w.-]*/\\s*v?\\d|\\b\\d+\\.\\d+");
    private static final Pattern PRODUCT_VERSION = Pattern.compile("[A-Za-z][\\w.-]*/\\s*v?\\d");
    private static final Pattern APP_SERVER = Pattern.compile(
            "\\b(uvicorn|gunicorn|werkzeug|hypercorn|daphne|tornado|waitress|kestrel|jetty|tomcat|express|"
                    + "php|python|node|cpython|aiohttp|starlette|fastapi|flask|django|puma|thin|webrick|unicorn)\\b");
    private static final List<String> PRODUCT_HEADERS = List.of("X-Powered-By", "X-AspNet-Version",
            "X-AspNetMvc-Version", "X-Generator", "X-Backend-Server", "X-Server", "X-Runtime-Version");

    private VersionLeakRules() {
    }

    public static List<PassiveRule> all() {
        return List.of(
                new PassiveCheck("LEAK-SERVER-VERSION", "Server header carries a version",
                        "Hide the version (nginx: server_tokens off; uvicorn: --no-server-header).",
                        e -> e.responseHeaders().all("Server").stream().filter(v -> VERSION.matcher(v).find())
                                .map(v -> "Server: " + v).toList()),
                new PassiveCheck("LEAK-SERVER-PRODUCT", "Server header names the application server",
                        "Drop the Server header of the application server (uvicorn --no-server-header) or set a neutral one.",
                        e -> e.responseHeaders().all("Server").stream()
                                .filter(v -> !VERSION.matcher(v).find()
                                        && APP_SERVER.matcher(v.toLowerCase(Locale.ROOT)).find())
                                .map(v -> "Server: " + v).toList()),
                new PassiveCheck("LEAK-POWERED-BY", "Framework or backend named in a header",
                        "Remove X-Powered-By, X-AspNet-Version, X-Generator and backend-naming headers.",
                        e -> PRODUCT_HEADERS.stream().flatMap(h -> e.responseHeaders().all(h).stream().map(v -> h + ": " + v))
                                .toList()),
                new PassiveCheck("LEAK-VIA", "Via header names proxy versions",
                        "Strip product versions from Via (or drop the header at the edge).",
                        e -> e.responseHeaders().all("Via").stream().filter(v -> PRODUCT_VERSION.matcher(v).find())
                                .map(v -> "Via: " + v).toList()));
    }
}
