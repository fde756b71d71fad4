package org.carla.staging.gate.metrics;

import static io.restassured.RestAssured.given;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.Semantics.MetricsTruth;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.stack.GateRun;

/**
 * The gate's own count of the requests it sent to the backend in this run: every exchange of the run's
 * HTTP specs (an observer of {@link GateRun#observeHttp}) that went to the backend, or to the frontend under
 * a prefix the frontend proxies to the backend, plus what the load engine reports it sent. Endpoints other
 * clients call on their own are left out, as on the application's side. Made once per run, with the
 * application's own figures at that moment as the baseline.
 */
public final class RequestTally implements OrderedFilter {
    private static final int MAX_ROUTES = 300;

    private final String backend;
    private final String frontend;
    private final MetricsTruth settings;
    private final Instant startedAt = Instant.now();
    private final RequestFigures baseline;
    private final String baselineProblem;
    private final LongAdder sent = new LongAdder();
    private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();

    RequestTally(Endpoints endpoints, MetricsTruth settings, RequestFigures baseline, String baselineProblem) {
        this.backend = endpoints.backend().toString();
        this.frontend = endpoints.frontend().toString();
        this.settings = settings;
        this.baseline = baseline;
        this.baselineProblem = baselineProblem;
    }

    /** The run's tally, made on first use with the application's figures at that moment as its baseline. */
    public static RequestTally of(GateRun run) {
        HttpSpecs http = run.http(); // made outside the run's service map: the factory must not touch that map
        return run.service(RequestTally.class, r -> {
            MetricsTruth settings = r.config().semantics().metrics();
            RequestFigures baseline = null;
            String problem = null;
            try {
                Response metrics = given(http.backend()).get("/metrics");
                if (metrics.statusCode() == 200) baseline = RequestFigures.of(metrics.asString(), settings);
                else problem = "GET /metrics answered " + metrics.statusCode() + " when the run began";
            } catch (RuntimeException e) {
                problem = "GET /metrics failed when the run began: " + e.getMessage();
            }
            return new RequestTally(r.config().endpoints(), settings, baseline, problem);
        });
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        Response answer = ctx.next(request, response);
        count(request.getMethod(), request.getURI());
        return answer;
    }

    /** Just before the report filter: it counts what was actually sent and answered. */
    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 1;
    }

    void count(String method, String uri) {
        String path = pathOf(uri, backend);
        if (path == null) {
            path = pathOf(uri, frontend);
            if (path == null || !proxied(path)) return;
        }
        if (settings.excludedEndpoints().contains(path)) return;
        add(method + " " + path, 1);
    }

    /**
     * The load engine's requests: its per-endpoint count of everything sent (warm-up included) to a target,
     * counted like single requests (endpoint names are their paths or path patterns).
     */
    public void countLoad(URI target, Map<String, Long> sentByEndpoint) {
        boolean toBackend = target.toString().equals(backend);
        boolean toFrontend = target.toString().equals(frontend);
        sentByEndpoint.forEach((endpoint, count) -> {
            if ((toBackend || toFrontend && proxied(endpoint)) && !settings.excludedEndpoints().contains(endpoint)) {
                add("load " + endpoint, count);
            }
        });
    }

    private void add(String route, long count) {
        sent.add(count);
        String key = byRoute.size() < MAX_ROUTES || byRoute.containsKey(route) ? route : "(other routes)";
        byRoute.computeIfAbsent(key, k -> new LongAdder()).add(count);
    }

    private boolean proxied(String path) {
        return settings.proxiedPrefixes().stream().anyMatch(path::startsWith);
    }

    /** The path of a request URI sent to {@code base} (no query), or null when it went elsewhere. */
    static String pathOf(String uri, String base) {
        if (!uri.startsWith(base)) return null;
        String rest = uri.substring(base.length());
        if (!rest.isEmpty() && rest.charAt(0) != '/' && rest.charAt(0) != '?') return null;
        int query = rest.indexOf('?');
        String path = query >= 0 ? rest.substring(0, query) : rest;
        return path.isEmpty() ? "/" : path;
    }

    /** Requests counted since the run began. */
    public long sent() {
        return sent.sum();
    }

    /** The count per route (method and path as sent, load endpoints prefixed "load"), for the report. */
    public Map<String, Long> sentByRoute() {
        Map<String, Long> routes = new TreeMap<>();
        byRoute.forEach((route, count) -> routes.put(route, count.sum()));
        return routes;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The application's figures when the run began; empty (with {@link #baselineProblem}) when unreadable. */
    public Optional<RequestFigures> baseline() {
        return Optional.ofNullable(baseline);
    }

    public String baselineProblem() {
        return baselineProblem;
    }

    public MetricsTruth settings() {
        return settings;
    }

    /** The settings' exclusions in words, for messages. */
    public String exclusions() {
        return "endpoints left out on both sides: " + settings.excludedEndpoints() + "; proxied prefixes: "
                + settings.proxiedPrefixes() + "; allowed difference: " + settings.toleranceRatio() * 100
                + " % of the gate's count, plus " + settings.toleranceRequests() + " requests once uncounted traffic (the browser) may have run";
    }
}
