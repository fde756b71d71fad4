package org.carla.staging.gate.security.passive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Immutable multi-valued HTTP headers with case-insensitive names. */
public final class HeaderMap {
    private static final HeaderMap EMPTY = new HeaderMap(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    private final Map<String, List<String>> values;

    private HeaderMap(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static HeaderMap empty() {
        return EMPTY;
    }

    public static HeaderMap of(Map<String, ? extends List<String>> headers) {
        Builder builder = builder();
        headers.forEach((name, list) -> list.forEach(value -> builder.add(name, value)));
        return builder.build();
    }

    /** Pairs of name, value: {@code HeaderMap.of("Server", "nginx", "Set-Cookie", "a=1")}. */
    public static HeaderMap of(String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("headers come in name, value pairs");
        Builder builder = builder();
        for (int i = 0; i < nameValuePairs.length; i += 2) builder.add(nameValuePairs[i], nameValuePairs[i + 1]);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    public static final class Builder {
        private final TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        public Builder add(String name, String value) {
            if (name != null && value != null) values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        public HeaderMap build() {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new HeaderMap(copy);
        }
    }
}
