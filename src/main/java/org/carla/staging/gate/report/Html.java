package org.carla.staging.gate.report;

/** The one HTML/XML escaping of the report outputs (tables, SVG charts, findings). */
public final class Html {
    private Html() {
    }

    /** Safe in XML/HTML text and attribute values; control characters other than newline and tab dropped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
