package org.carla.staging.gate.security.probe;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carla.staging.gate.security.Access;
import org.carla.staging.gate.security.RouteKey;
import org.carla.staging.gate.security.RoutePolicy;

/**
 * Every route the gate attacks: the union of the gate's route policy, the application's OpenAPI and the
 * API calls found in the frontend bundle, each with the sources that named it. A route the policy does
 * not know is judged as a user route: nothing is trusted because the application declares it.
 */
public final class RouteInventory {
    /** Where a route was found. */
    public enum Source { POLICY, OPENAPI, BUNDLE }

    private final RoutePolicy policy;
    private final Map<RouteKey, EnumSet<Source>> routes = new TreeMap<>();

    public RouteInventory(RoutePolicy policy, Collection<RouteKey> openApi, Collection<RouteKey> bundle) {
        this.policy = policy;
        policy.routes().forEach(r -> add(r, Source.POLICY));
        openApi.forEach(r -> add(policy.spelling(r), Source.OPENAPI));
        bundle.forEach(r -> add(policy.spelling(r), Source.BUNDLE));
    }

    private void add(RouteKey route, Source source) {
        routes.computeIfAbsent(route, k -> EnumSet.noneOf(Source.class)).add(source);
    }

    public Set<RouteKey> routes() {
        return routes.keySet();
    }

    public Set<Source> sources(RouteKey route) {
        return routes.getOrDefault(route, EnumSet.noneOf(Source.class));
    }

    /** Who may call it: the policy's word, or USER for a route the policy does not know. */
    public Access access(RouteKey route) {
        return policy.access(route).orElse(Access.USER);
    }

    public boolean inPolicy(RouteKey route) {
        return policy.access(route).isPresent();
    }

    /** Routes named by each source (a route named by two sources counts for both). */
    public Map<Source, Integer> countBySource() {
        Map<Source, Integer> counts = new EnumMap<>(Source.class);
        for (Source s : Source.values()) counts.put(s, 0);
        routes.values().forEach(sources -> sources.forEach(s -> counts.merge(s, 1, Integer::sum)));
        return counts;
    }

    /** A table for the report: route, access, sources. */
    public String table() {
        StringBuilder text = new StringBuilder("route | access | named by\n");
        routes.forEach((route, sources) -> text.append(route).append(" | ").append(inPolicy(route) ? access(route) : "unknown (judged as USER)")
                .append(" | ").append(sources).append('\n'));
        return text.append("\n").append(routes.size()).append(" routes; by source: ").append(countBySource()).toString();
    }
}
