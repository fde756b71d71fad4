package org.carla.staging.gate.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass/fail rule written as in k6, e.g. {@code http_req_duration{endpoint:/api/scenarios}: p(95)<1000}.
 * One expression may hold several conditions separated by commas; {@link #parse} returns one threshold each.
 * An endpoint tag with {@code *} that names no recorded endpoint exactly is a pattern: the threshold is
 * judged on each recorded endpoint it matches, one verdict each ({@code {endpoint:/api/*}}).
 *
 * @param endpoint the {@code {endpoint:...}} filter (a name, or a pattern with {@code *}), or null for all requests
 * @param aggregation avg, min, med, max, p(N), rate, count or value
 */
public record Threshold(String metric, String endpoint, String aggregation, double percentile, String operator, double limit) {
    // The tag value is lazy up to the "}" that precedes the ":" so endpoints such as /r/${id} keep their braces.
    private static final Pattern EXPRESSION = Pattern.compile("^\\s*([A-Za-z_]+)\\s*(?:\\{\\s*([A-Za-z_]+)\\s*:\\s*(.*?)\\s*}\\s*)?:\\s*(.*)$");
    private static final Pattern CONDITION = Pattern.compile(
            "^\\s*(avg|min|med|max|rate|count|value|p\\(\\s*(\\d+(?:\\.\\d+)?)\\s*\\))\\s*(<=|>=|==|!=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");

    /** @throws ThresholdSyntaxException naming the bad text and showing a valid expression */
    public static List<Threshold> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ThresholdSyntaxException(String.valueOf(text), "it is empty");
        }
        Matcher expression = EXPRESSION.matcher(text);
        if (!expression.matches()) {
            throw new ThresholdSyntaxException(text, "expected metric[{endpoint:...}]: condition");
        }
        String metricKey = expression.group(1);
        ThresholdMetric metric = ThresholdMetric.named(metricKey).orElseThrow(() -> new ThresholdSyntaxException(text,
                "unknown metric '" + metricKey + "' (known: " + ThresholdMetric.known() + ")"));
        String endpoint = expression.group(3);
        if (expression.group(2) != null) {
            if (!"endpoint".equals(expression.group(2))) {
                throw new ThresholdSyntaxException(text, "the only tag is 'endpoint', not '" + expression.group(2) + "'");
            }
            if (!metric.perEndpoint()) {
                throw new ThresholdSyntaxException(text, metricKey + " is per run, it has no {endpoint:...} breakdown");
            }
            if (endpoint.isEmpty()) {
                throw new ThresholdSyntaxException(text, "the endpoint tag is empty");
            }
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (String part : expression.group(4).split(",")) {
            Matcher condition = CONDITION.matcher(part);
            if (!condition.matches()) {
                throw new ThresholdSyntaxException(text, "'" + part.strip() + "' is not a condition such as p(95)<1000 or rate<0.01");
            }
            String aggregation = condition.group(1).replaceAll("\\s", "");
            if (!metric.allows(aggregation)) {
                throw new ThresholdSyntaxException(text, metricKey + " has no '" + aggregation + "' (use " + metric.allowed() + ")");
            }
            double percentile = condition.group(2) == null ? Double.NaN : Double.parseDouble(condition.group(2));
            if (condition.group(2) != null && !(percentile > 0 && percentile <= 100)) {
                throw new ThresholdSyntaxException(text, "a percentile is between 0 and 100, not " + condition.group(2));
            }
            thresholds.add(new Threshold(metricKey, endpoint, aggregation, percentile, condition.group(3), Double.parseDouble(condition.group(4))));
        }
        return thresholds;
    }

    /** Parses each expression (e.g. the lines of a configuration value); the first bad one throws. */
    public static List<Threshold> parseAll(Collection<String> expressions) {
        List<Threshold> all = new ArrayList<>();
        expressions.stream().filter(e -> !e.isBlank()).forEach(e -> all.addAll(parse(e)));
        return all;
    }

    public static List<ThresholdVerdict> evaluateAll(Collection<Threshold> thresholds, LoadResult result) {
        return thresholds.stream().flatMap(t -> t.evaluateEach(result).stream()).toList();
    }

    /**
     * One verdict, or for a pattern one per matching endpoint (each naming its endpoint); a pattern that
     * matches nothing fails, as a missing endpoint does.
     */
    public List<ThresholdVerdict> evaluateEach(LoadResult result) {
        if (endpoint == null || !endpoint.contains("*") || result.endpoint(endpoint).isPresent()) return List.of(evaluate(result));
        Pattern glob = Pattern.compile(Pattern.quote(endpoint).replace("*", "\\E.*\\Q"));
        List<ThresholdVerdict> verdicts = result.endpoints().stream().map(EndpointStats::endpoint)
                .filter(name -> glob.matcher(name).matches())
                .map(name -> new Threshold(metric, name, aggregation, percentile, operator, limit).evaluate(result)).toList();
        return verdicts.isEmpty() ? List.of(new ThresholdVerdict(this, Double.NaN, false, "no recorded endpoint matches "
                + endpoint + " (recorded: " + result.endpoints().stream().map(EndpointStats::endpoint).toList() + ")")) : verdicts;
    }

    public ThresholdVerdict evaluate(LoadResult result) {
        ThresholdMetric kind = ThresholdMetric.named(metric).orElseThrow();
        EndpointStats stats = endpoint == null ? result.overall() : result.endpoint(endpoint).orElse(null);
        if (stats == null) {
            return new ThresholdVerdict(this, Double.NaN, false, "no request to endpoint " + endpoint + " was recorded (recorded: "
                    + result.endpoints().stream().map(EndpointStats::endpoint).toList() + ")");
        }
        double measured = kind.measure(stats, result, aggregation, percentile);
        boolean passed = !Double.isNaN(measured) && holds(measured);
        return new ThresholdVerdict(this, measured, passed, kind.format(measured, aggregation));
    }

    private boolean holds(double measured) {
        switch (operator) {
            case "<": return measured < limit;
            case "<=": return measured <= limit;
            case ">": return measured > limit;
            case ">=": return measured >= limit;
            case "==": return measured == limit;
            default: return measured != limit;
        }
    }

    /** {@code http_req_duration{endpoint:/api/scenarios}}. */
    public String subject() {
        return endpoint == null ? metric : metric + "{endpoint:" + endpoint + "}";
    }

    /** {@code p(95)<1000}. */
    public String condition() {
        String number = limit % 1 == 0 && Math.abs(limit) < 1e15 ? String.valueOf((long) limit) : String.valueOf(limit);
        return aggregation + operator + number;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s", subject(), condition());
    }
}
