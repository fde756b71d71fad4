package org.carla.staging.gate.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each template variable of a dashboard the value Grafana would give it on load, in the dashboard's
 * order (a variable may use the ones before it): constant = its query; textbox = current, else its query;
 * custom and interval = the saved current selection, else the first option ({@code auto} = {@code $__interval});
 * query = refreshed from its data source where the gate can run it, keeping the current selection when it is
 * still an option, else the first option; "All" stays All. A variable that ends with no value is reported:
 * the panels using it would be blank.
 */
public final class VariableResolver {
    /** Runs a query variable's (interpolated) query; empty when the gate cannot run that data source's queries. */
    @FunctionalInterface
    public interface Options {
        Optional<List<String>> of(Variable variable, String query);
    }

    /** The values, and why some variables have none. */
    public record Resolution(Map<String, ResolvedVariable> values, Map<String, String> problems) {
    }

    private final Options options;

    public VariableResolver(Options options) {
        this.options = options;
    }

    public Resolution resolve(List<Variable> variables, Map<String, String> builtins) {
        Map<String, ResolvedVariable> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Variable v : variables) {
            try {
                resolve(v, values, builtins).ifPresent(r -> values.put(v.name(), r));
            } catch (RuntimeException e) {
                problems.put(v.name(), e.getMessage());
                values.put(v.name(), new ResolvedVariable(v.name(), List.of(), false, null, v.multi(), v.includeAll()));
            }
        }
        return new Resolution(values, problems);
    }

    private Optional<ResolvedVariable> resolve(Variable v, Map<String, ResolvedVariable> before, Map<String, String> builtins) {
        String query = v.query() == null ? "" : v.query();
        return switch (v.type()) {
            case "constant" -> Optional.of(ResolvedVariable.single(v.name(), query));
            case "textbox" -> Optional.of(ResolvedVariable.single(v.name(), v.current().isEmpty() ? query : v.current().get(0)));
            case "custom" -> Optional.of(select(v, v.options().isEmpty() ? customOptions(query) : v.options()));
            case "interval" -> Optional.of(interval(v, builtins));
            case "query" -> Optional.of(query(v, TemplateInterpolator.interpolate(query, before, builtins).text()));
            case "datasource" -> Optional.of(ResolvedVariable.single(v.name(), v.current().isEmpty() ? query : v.current().get(0)));
            default -> Optional.empty(); // adhoc filters and unknown kinds add nothing to the query text
        };
    }

    private ResolvedVariable interval(Variable v, Map<String, String> builtins) {
        ResolvedVariable picked = select(v, v.options().isEmpty() ? customOptions(v.query() == null ? "" : v.query()) : v.options());
        List<String> values = picked.values().stream().map(x -> x.equals("auto") || x.startsWith("$__auto") ? builtins.get("__interval") : x).toList();
        return new ResolvedVariable(v.name(), values, false, null, false, false);
    }

    private ResolvedVariable query(Variable v, String query) {
        Optional<List<String>> found = options.of(v, query);
        if (found.isEmpty()) {
            if (v.currentAll()) return all(v);
            if (v.current().isEmpty()) throw new IllegalStateException("query variable $" + v.name()
                    + " has no saved value and its data source (" + v.datasource().describe() + ") is not one the gate queries");
            return new ResolvedVariable(v.name(), v.current(), false, null, v.multi(), v.includeAll());
        }
        List<String> opts = applyRegex(found.get(), v.regex());
        if (opts.isEmpty()) throw new IllegalStateException("query variable $" + v.name() + " has no values: " + query + " returned none");
        return select(v, opts);
    }

    /** Grafana on load: "All" stays All; the saved selection where still an option; else the first option. */
    private static ResolvedVariable select(Variable v, List<String> opts) {
        if (v.currentAll() && v.includeAll()) return all(v);
        List<String> kept = v.current().stream().filter(opts::contains).toList();
        if (!kept.isEmpty()) return new ResolvedVariable(v.name(), kept, false, null, v.multi(), v.includeAll());
        if (opts.isEmpty()) throw new IllegalStateException("variable $" + v.name() + " has no options");
        return new ResolvedVariable(v.name(), List.of(opts.get(0)), false, null, v.multi(), v.includeAll());
    }

    private static ResolvedVariable all(Variable v) {
        return new ResolvedVariable(v.name(), List.of(), true, v.allValue(), v.multi(), v.includeAll());
    }

    /** A custom variable's query: comma-separated values ({@code \,} for a comma), each optionally {@code text : value}. */
    static List<String> customOptions(String query) {
        List<String> out = new ArrayList<>();
        for (String part : query.split("(?<!\\\\),")) {
            int sep = part.indexOf(" : ");
            String value = (sep >= 0 ? part.substring(sep + 3) : part).replace("\\,", ",").strip();
            if (!value.isEmpty()) out.add(value);
        }
        return out;
    }

    /** The variable's regex: matching options only, capture group 1 (or the named group "value") when there is one. */
    static List<String> applyRegex(List<String> opts, String regex) {
        if (regex == null || regex.isBlank()) return List.copyOf(new LinkedHashSet<>(opts));
        String body = regex.startsWith("/") && regex.lastIndexOf('/') > 0 ? regex.substring(1, regex.lastIndexOf('/')) : regex;
        Pattern p = Pattern.compile(body.replace("(?<text>", "(?<gtext>"));
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String o : opts) {
            Matcher m = p.matcher(o);
            if (!m.find()) continue;
            String value = body.contains("(?<value>") ? m.group("value") : m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : o;
            out.add(value);
        }
        return List.copyOf(out);
    }
}
