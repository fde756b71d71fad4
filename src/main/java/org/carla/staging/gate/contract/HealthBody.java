package org.carla.staging.gate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carla.staging.gate.config.Semantics.HealthWords;

/**
 * Reads a health answer as a list of component reports and says which are not healthy. Every field at any
 * depth counts: a text value that is an unhealthy word ({@code "database": "down"},
 * {@code "components": {"cache": {"status": "DEGRADED"}}}, {@code "checks": [{"state": "fail"}]}), or a
 * boolean flag named like a healthy state that is false ({@code "database_connected": false}).
 */
public final class HealthBody {
    private final HealthWords words;

    public HealthBody(HealthWords words) {
        this.words = words;
    }

    /** Each report that is not healthy, as {@code path = value} (e.g. {@code checks.database = "down"}). */
    public List<String> unhealthy(JsonNode body) {
        List<String> found = new ArrayList<>();
        walk("", "", body, found, false);
        return found;
    }

    /** Every field that reports something (a text, a boolean), as {@code path = value}: what was judged. */
    public List<String> judged(JsonNode body) {
        List<String> all = new ArrayList<>();
        walk("", "", body, all, true);
        return all;
    }

    private void walk(String path, String key, JsonNode node, List<String> out, boolean everything) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getKey(), field.getValue(), out, everything);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(path + "[" + i + "]", key, node.get(i), out, everything);
        } else if (node.isTextual()) {
            if (everything || words.unhealthyValues().contains(node.asText().strip().toLowerCase(Locale.ROOT))) {
                out.add(path + " = \"" + node.asText() + "\"");
            }
        } else if (node.isBoolean()) {
            if (everything || !node.asBoolean() && positiveFlag(key)) out.add(path + " = " + node.asBoolean());
        }
    }

    private boolean positiveFlag(String key) {
        String name = key.toLowerCase(Locale.ROOT).replace('-', '_');
        return words.positiveFlags().stream().anyMatch(flag -> name.equals(flag) || name.endsWith("_" + flag)
                || name.startsWith("is_" + flag) || key.endsWith(Character.toUpperCase(flag.charAt(0)) + flag.substring(1)));
    }
}
