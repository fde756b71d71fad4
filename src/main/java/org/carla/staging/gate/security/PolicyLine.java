package org.carla.staging.gate.security;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One line of a policy file, validated; errors name the source, the line and the allowed values. */
record PolicyLine(String ruleId, String prefix, Verdict verdict) {
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:-\\*)?");
    private static final String FORM = "expected RULE-ID=FAIL|WARN|IGNORE, RULE-ID@/path/prefix=…, RULE-ID@container=… "
            + "or RULE-ID@layer:backend=… (RULE-ID may end in -* for a family, e.g. HDR-*)";
    static final String LAYER = "layer:";

    record Override(String ruleId, String prefix, Verdict verdict) {
        boolean covers(String id) {
            return ruleId.endsWith("-*") ? id.startsWith(ruleId.substring(0, ruleId.length() - 1)) : ruleId.equals(id);
        }

        /** Path or container prefixes match the scope; a layer override matches the layer the answer came from. */
        boolean matches(String id, String scope, String layer) {
            if (!covers(id)) return false;
            return prefix.startsWith(LAYER) ? prefix.substring(LAYER.length()).equals(layer) : scope.startsWith(prefix);
        }
    }

    String key() {
        return prefix == null ? ruleId : ruleId + "@" + prefix;
    }

    static Optional<PolicyLine> parse(String raw, String source, int number, Set<String> knownIds) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) return Optional.empty();
        String where = source + " line " + number + ": ";
        int eq = line.indexOf('=');
        if (eq < 0) throw new PolicyException(where + FORM + ", got '" + line + "'");
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        int at = key.indexOf('@');
        String ruleId = at < 0 ? key : key.substring(0, at).strip();
        String prefix = at < 0 ? null : key.substring(at + 1).strip();
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new PolicyException(where + "'" + ruleId + "' is not a rule id (upper case words joined by '-', e.g. HDR-XCTO); " + FORM);
        }
        if (prefix != null && prefix.isEmpty()) {
            throw new PolicyException(where + "empty prefix after '@' in '" + key + "'; write " + ruleId + "@/path/prefix=… or drop the '@'");
        }
        if (knownIds != null && !knownIds.contains(ruleId) && !(ruleId.endsWith("-*") && prefix != null
                && knownIds.stream().anyMatch(k -> k.startsWith(ruleId.substring(0, ruleId.length() - 1))))) {
            throw new PolicyException(where + "unknown rule id '" + ruleId + "'" + suggestion(ruleId, knownIds)
                    + "; known ids: " + String.join(", ", new TreeSet<>(knownIds)));
        }
        return Optional.of(new PolicyLine(ruleId, prefix, verdict(value, where + "'" + line + "': ")));
    }

    private static Verdict verdict(String value, String where) {
        try {
            return Verdict.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PolicyException(where + "value '" + value + "' must be one of " + Arrays.toString(Verdict.values()));
        }
    }

    private static String suggestion(String id, Set<String> known) {
        return known.stream().min(Comparator.comparingInt(k -> distance(id, k)))
                .filter(k -> distance(id, k) <= 3).map(k -> " (did you mean " + k + "?)").orElse("");
    }

    /** Edit distance counting a swap of neighbours as one edit (typos like XTCO for XCTO). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
