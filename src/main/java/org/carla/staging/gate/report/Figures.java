package org.carla.staging.gate.report;

import io.qameta.allure.Allure;
import java.util.Locale;

/**
 * Measured figures go to the report whether the check passes or not: a parameter on the test (so the
 * report's table shows it) and a line in a text attachment.
 */
public final class Figures {
    private Figures() {
    }

    public static void record(String name, double value, String unit, String limit) {
        String shown = String.format(Locale.ROOT, "%.1f %s (limit %s)", value, unit, limit);
        Allure.parameter(name, shown);
        Allure.addAttachment("figure: " + name, "text/plain", name + " = " + shown, ".txt");
    }

    public static void html(String name, String html) {
        Allure.addAttachment(name, "text/html", html, ".html");
    }

    public static void svg(String name, String svg) {
        Allure.addAttachment(name, "image/svg+xml", svg, ".svg");
    }

    public static void text(String name, String text) {
        Allure.addAttachment(name, "text/plain", text, ".txt");
    }
}
