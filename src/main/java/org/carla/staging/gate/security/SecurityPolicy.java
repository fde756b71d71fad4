package org.carla.staging.gate.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What each rule's findings mean for the gate, ZAP-baseline style: {@code RULE-ID=FAIL|WARN|IGNORE},
 * and {@code RULE-ID@/path/prefix=…} (or {@code @container-name}) for one place; the longest prefix wins.
 * The defaults ship as {@code security-policy.properties} next to this class and list every rule id; a
 * caller's file overrides them. Rules the policy does not know are {@link Verdict#WARN}.
 */
public final class SecurityPolicy {
    static final String DEFAULTS = "security-policy.properties";
    private final Map<String, Verdict> verdicts;
    private final List<PolicyLine.Override> overrides;

    private SecurityPolicy(Map<String, Verdict> verdicts, List<PolicyLine.Override> overrides) {
        this.verdicts = Map.copyOf(verdicts);
        this.overrides = overrides.stream()
                .sorted(Comparator.comparingInt((PolicyLine.Override o) -> o.prefix().length()).reversed()).toList();
    }

    /** The shipped defaults. */
    public static SecurityPolicy defaults() {
        try (InputStream in = SecurityPolicy.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) throw new PolicyException("resource " + DEFAULTS + " missing from the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS, null);
        } catch (IOException e) {
            throw new PolicyException("cannot read resource " + DEFAULTS + ": " + e.getMessage(), e);
        }
    }

    /** The defaults overridden by the caller's file; every rule id in it must be one the defaults list. */
    public static SecurityPolicy load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException("cannot read security policy " + file + ": " + e + " (pass an existing file"
                    + " or none for the defaults)", e);
        }
        return defaults().with(text, file.toString());
    }

    /** This policy overridden by the lines of {@code text} (named {@code source} in errors). */
    public SecurityPolicy with(String text, String source) {
        SecurityPolicy extra = parse(text, source, verdicts.keySet());
        Map<String, Verdict> merged = new HashMap<>(verdicts);
        merged.putAll(extra.verdicts);
        return new SecurityPolicy(merged,
                Stream.concat(overrides.stream().filter(o -> !extra.overrides.contains(o)), extra.overrides.stream()).toList());
    }

    static SecurityPolicy parse(String text, String source, Set<String> knownIds) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Map<String, PolicyLine.Override> overrides = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            PolicyLine.parse(lines[i], source, number, knownIds).ifPresent(line -> {
                Integer earlier = seen.putIfAbsent(line.key(), number);
                if (earlier != null) {
                    throw new PolicyException(source + " line " + number + ": " + line.key() + " is already set on line "
                            + earlier + "; keep one of them");
                }
                if (line.prefix() == null) verdicts.put(line.ruleId(), line.verdict());
                else overrides.put(line.key(), new PolicyLine.Override(line.ruleId(), line.prefix(), line.verdict()));
            });
        }
        return new SecurityPolicy(verdicts, List.copyOf(overrides.values()));
    }

    /** The verdict for a rule at a scope (URL path or container name). */
    public Verdict verdictFor(String ruleId, String scope) {
        return verdictFor(ruleId, scope, null);
    }

    /**
     * The verdict for a rule at a scope, for an answer from a layer of the stack (e.g. "backend" for the
     * backend's own port, "frontend" for the edge users reach): a path or container override wins, then a
     * layer override, then the rule's verdict.
     */
    public Verdict verdictFor(String ruleId, String scope, String layer) {
        String where = scope == null ? "" : scope;
        Verdict own = verdictFor(ruleId);
        return overrides.stream().filter(o -> !o.prefix().startsWith(PolicyLine.LAYER) && o.matches(ruleId, where, layer))
                .map(o -> family(o, own)).findFirst()
                .or(() -> overrides.stream().filter(o -> o.prefix().startsWith(PolicyLine.LAYER) && o.matches(ruleId, where, layer))
                        .map(o -> family(o, own)).findFirst())
                .orElse(own);
    }

    /** A family line (HDR-*) never makes a rule stricter than its own line: it can only soften it. */
    private static Verdict family(PolicyLine.Override override, Verdict own) {
        if (!override.ruleId().endsWith("-*")) return override.verdict();
        return override.verdict().ordinal() > own.ordinal() ? override.verdict() : own;
    }

    public Verdict verdictFor(String ruleId) {
        return verdicts.getOrDefault(ruleId, Verdict.WARN);
    }

    /** The finding with this policy's severity. */
    public Finding rate(Finding finding) {
        return finding.withSeverity(verdictFor(finding.ruleId(), finding.scope()));
    }

    /** The finding with this policy's severity for an answer from the given layer. */
    public Finding rate(Finding finding, String layer) {
        return finding.withSeverity(verdictFor(finding.ruleId(), finding.scope(), layer));
    }

    /** The rule ids this policy names. */
    public Set<String> ruleIds() {
        return verdicts.keySet();
    }
}
