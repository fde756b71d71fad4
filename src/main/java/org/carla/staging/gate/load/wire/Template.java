package org.carla.staging.gate.load.wire;

import java.util.Map;

/**
 * Fills {@code ${name}} with a value the caller gives (in a flow, one taken from an earlier answer). The
 * dollar keeps JSON bodies (full of braces) literal.
 */
final class Template {
    private Template() {
    }

    static boolean hasVariables(String text) {
        return text != null && text.contains("${");
    }

    /** @throws MissingVariableException naming the variable, so the failure says which extraction did not happen */
    static String render(String text, Map<String, String> variables) {
        if (!hasVariables(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        while (true) {
            int open = text.indexOf("${", from);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                return out.append(text, from, text.length()).toString();
            }
            String name = text.substring(open + 2, close);
            String value = variables.get(name);
            if (value == null) {
                throw new MissingVariableException(name);
            }
            out.append(text, from, open).append(value);
            from = close + 1;
        }
    }

    /** A request needed a value the caller did not give (no earlier request of its flow provided it). */
    static final class MissingVariableException extends RuntimeException {
        MissingVariableException(String name) {
            super("no value for ${" + name + "}", null, false, false);
        }
    }
}
