package org.carla.staging.gate.security.probe;

import static org.carla.staging.gate.security.probe.ProbeCategory.COMMAND_INJECTION;
import static org.carla.staging.gate.security.probe.ProbeCategory.HEADER_INJECTION;
import static org.carla.staging.gate.security.probe.ProbeCategory.PATH_TRAVERSAL;
import static org.carla.staging.gate.security.probe.ProbeCategory.SQL_INJECTION;
import static org.carla.staging.gate.security.probe.ProbeCategory.TEMPLATE_INJECTION;
import static org.carla.staging.gate.security.probe.ProbeCategory.XSS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Bounded, counted sets of hostile inputs. Time-based payloads sleep {@value #SLEEP_SECONDS} s at most;
 * oversized strings stop at 1 MiB; nesting at {@value #MAX_NESTING} levels.
 */
public final class ProbeCatalog {
    public static final int SLEEP_SECONDS = 2;
    public static final int MAX_NESTING = 10_000;
    public static final int ONE_MIB = 1024 * 1024;

    private ProbeCatalog() {
    }

    public static List<Probe> all() {
        return Stream.of(ProbeCategory.values()).flatMap(c -> of(c).stream()).toList();
    }

    public static List<Probe> of(ProbeCategory category) {
        return switch (category) {
            case SQL_INJECTION -> sqlInjection();
            case XSS -> xss();
            case PATH_TRAVERSAL -> pathTraversal();
            case COMMAND_INJECTION -> commandInjection();
            case TEMPLATE_INJECTION -> templateInjection();
            case HEADER_INJECTION -> headerInjection();
            case OVERSIZED -> MalformedInputs.oversized();
            case MALFORMED_JSON -> MalformedInputs.malformedJson();
            case ODD_UNICODE -> MalformedInputs.oddUnicode();
        };
    }

    public static Map<ProbeCategory, Integer> counts() {
        Map<ProbeCategory, Integer> counts = new EnumMap<>(ProbeCategory.class);
        for (ProbeCategory c : ProbeCategory.values()) counts.put(c, of(c).size());
        return counts;
    }

    /** The time-based SQL injection probes (each sleeps {@value #SLEEP_SECONDS} s when injectable). */
    public static List<Probe> timeBased() {
        return sqlInjection().stream().filter(p -> p.name().startsWith("time")).toList();
    }

    private static List<Probe> sqlInjection() {
        int s = SLEEP_SECONDS;
        return probes(SQL_INJECTION,
                "tautology", "' OR '1'='1",
                "tautology comment", "' OR 1=1--",
                "tautology double quote", "\" OR \"1\"=\"1",
                "admin comment", "admin'--",
                "stacked drop", "'; DROP TABLE users;--",
                "union nulls", "1 UNION SELECT NULL,NULL,NULL--",
                "union users", "' UNION SELECT username, password FROM users--",
                "false condition", "1' AND '1'='2",
                "lone quote", "'",
                "quote paren", "')",
                "numeric tautology", "1 OR 1=1",
                "cast error", "1 AND 1=CAST((SELECT version()) AS int)",
                "time stacked", "1; SELECT pg_sleep(" + s + ")--",
                "time or", "' OR pg_sleep(" + s + ") IS NULL--",
                "time subselect", "1 AND (SELECT 1 FROM pg_sleep(" + s + ")) IS NOT NULL",
                "time concat", "'||(SELECT pg_sleep(" + s + "))||'");
    }

    private static List<Probe> xss() {
        return probes(XSS,
                "script tag", "<script>alert(1)</script>",
                "attribute breakout img", "\"><img src=x onerror=alert(1)>",
                "single quote svg", "'><svg onload=alert(1)>",
                "javascript url", "javascript:alert(1)",
                "javascript url encoded", "java&#x09;script:alert(1)",
                "iframe", "<iframe src=javascript:alert(1)>",
                "script close", "</script><script>alert(1)</script>",
                "event attribute", "\" onmouseover=\"alert(1)",
                "body onload", "<body onload=alert(1)>",
                "anchor", "<a href=\"javascript:alert(1)\">x</a>",
                "template literal", "${alert(1)}",
                "angular expression", "{{constructor.constructor('alert(1)')()}}",
                "url encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    }

    private static List<Probe> pathTraversal() {
        return probes(PATH_TRAVERSAL,
                "relative", "../../etc/passwd",
                "deep", "../../../../../../../../etc/passwd",
                "absolute", "/etc/passwd",
                "encoded slash", "..%2f..%2f..%2f..%2fetc%2fpasswd",
                "encoded dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "fully encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "double encoded", "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
                "overlong dots", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "nested", "....//....//....//etc/passwd",
                "backslash", "..\\..\\..\\windows\\win.ini",
                "encoded backslash", "..%5c..%5c..%5cwindows%5cwin.ini",
                "mixed slashes", "..\\/..\\/etc/passwd",
                "semicolon", "..;/..;/etc/passwd",
                "null byte", "../../etc/passwd%00.html",
                "proc environ", "../../../../proc/self/environ");
    }

    private static List<Probe> commandInjection() {
        int s = SLEEP_SECONDS;
        return probes(COMMAND_INJECTION,
                "semicolon", "; id",
                "pipe", "| id",
                "subshell", "$(id)",
                "backticks", "`id`",
                "and sleep", "&& sleep " + s,
                "newline", "x\nid");
    }

    private static List<Probe> templateInjection() {
        return probes(TEMPLATE_INJECTION,
                "jinja", "{{7*7191}}",
                "el", "${7*7191}",
                "erb", "<%= 7*7191 %>",
                "ruby interpolation", "#{7*7191}",
                "jinja config", "{{config}}");
    }

    private static List<Probe> headerInjection() {
        return probes(HEADER_INJECTION,
                "crlf", "x\r\nX-Injected: 1",
                "encoded crlf", "x%0d%0aX-Injected:%201",
                "lf only", "x\nX-Injected: 1",
                "cookie", "x%0d%0aSet-Cookie:%20injected=1");
    }

    static List<Probe> probes(ProbeCategory category, String... namePayloadPairs) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < namePayloadPairs.length; i += 2) out.add(new Probe(category, namePayloadPairs[i], namePayloadPairs[i + 1]));
        return List.copyOf(out);
    }
}
