package org.carla.staging.gate.security.passive;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.carla.staging.gate.security.Finding;
import org.carla.staging.gate.security.FindingsReport;
import org.carla.staging.gate.security.PathTemplate;
import org.carla.staging.gate.security.SecurityPolicy;
import org.carla.staging.gate.security.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A REST Assured filter that runs every passive rule on every exchange passing through it and keeps the
 * rated findings, deduplicated by rule, path template and evidence. Thread-safe: one instance serves a
 * whole run. Findings the policy ignores are dropped. JDK-client probes feed {@link #observe(HttpResponse)}.
 */
public final class FindingCollector implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(FindingCollector.class);
    private final SecurityPolicy policy;
    private final List<PassiveRule> rules;
    private final Function<URI, String> layers;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final AtomicLong exchanges = new AtomicLong();

    public FindingCollector(SecurityPolicy policy, List<? extends PassiveRule> rules) {
        this(policy, rules, uri -> null);
    }

    /** {@code layers} names the layer of the stack an answer came from (e.g. backend, frontend) for layer policy lines. */
    public FindingCollector(SecurityPolicy policy, List<? extends PassiveRule> rules, Function<URI, String> layers) {
        this.policy = policy;
        this.rules = List.copyOf(rules);
        this.layers = layers;
    }

    /** The default rules under the default policy. */
    public static FindingCollector withDefaults() {
        return new FindingCollector(SecurityPolicy.defaults(), PassiveRules.defaults());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        try {
            observe(RestAssuredExchanges.of(request, response));
        } catch (RuntimeException e) {
            LOG.warn("passive security rules skipped {} {}: {}", request.getMethod(), request.getURI(), e.toString());
        }
        return response;
    }

    /** An exchange made with the JDK client. */
    public void observe(HttpResponse<?> response) {
        observe(Exchange.fromJdk(response));
    }

    public void observe(Exchange exchange) {
        exchanges.incrementAndGet();
        String place = PathTemplate.ofUrl(exchange.location());
        String layer = layers.apply(exchange.uri());
        for (PassiveRule rule : rules) {
            for (Finding raw : rule.inspect(exchange)) {
                Finding rated = policy.rate(raw, layer);
                if (rated.severity() == Verdict.IGNORE) continue;
                String key = rated.ruleId() + '\u0000' + place + '\u0000' + rated.evidence();
                synchronized (findings) {
                    findings.putIfAbsent(key, rated);
                }
            }
        }
    }

    /** Every finding kept (FAIL and WARN), in the order first seen. */
    public List<Finding> findings() {
        synchronized (findings) {
            return List.copyOf(findings.values());
        }
    }

    public List<Finding> failures() {
        return only(Verdict.FAIL);
    }

    public List<Finding> warnings() {
        return only(Verdict.WARN);
    }

    public int rulesEvaluated() {
        return rules.size();
    }

    public long exchangesSeen() {
        return exchanges.get();
    }

    /** The report of what this collector saw. */
    public FindingsReport report() {
        return new FindingsReport(findings(), rulesEvaluated(), exchangesSeen());
    }

    private List<Finding> only(Verdict verdict) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings()) if (f.severity() == verdict) out.add(f);
        return out;
    }

    /** The request URI; characters URI rejects (a probe sent with URL encoding off) are percent-encoded. */
    static URI uri(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
                if (escape || (b > 32 && b < 127 && b != '%' && "\"<>\\^`{|}".indexOf(b) < 0)) out.append((char) b);
                else out.append('%').append(String.format("%02X", b));
            }
            return URI.create(out.toString());
        }
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
