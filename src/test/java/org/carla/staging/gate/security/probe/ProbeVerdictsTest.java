package org.carla.staging.gate.security.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeVerdictsTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";

    @Test
    void serverErrorsAreFiveHundreds() {
        assertThat(ProbeVerdicts.isServerError(500)).isTrue();
        assertThat(ProbeVerdicts.isServerError(503)).isTrue();
        assertThat(ProbeVerdicts.isServerError(422)).isFalse();
        assertThat(ProbeVerdicts.isServerError(600)).isFalse();
    }

    @Test
    void reflectionInHtmlOrTextIsUnescaped() {
        assertThat(ProbeVerdicts.reflectsUnescaped("<p>Hello " + SCRIPT + "</p>", "text/html; charset=utf-8", SCRIPT)).isTrue();
        assertThat(ProbeVerdicts.reflectsUnescaped("name=" + SCRIPT, "text/plain", SCRIPT)).isTrue();
        assertThat(ProbeVerdicts.reflectsUnescaped(SCRIPT, null, SCRIPT)).as("undeclared type gets sniffed").isTrue();
    }

    @Test
    void escapedHtmlIsNotReflection() {
        assertThat(ProbeVerdicts.reflectsUnescaped("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "text/html", SCRIPT)).isFalse();
    }

    @Test
    void fastApiValidationEchoInJsonIsNotXss() {
        String detail = "{\"detail\":[{\"loc\":[\"body\",\"email\"],\"msg\":\"value is not a valid email\",\"input\":\"\\\"><img src=x onerror=alert(1)>\"}]}";
        assertThat(ProbeVerdicts.reflectsUnescaped(detail, "application/json", BREAKOUT)).isFalse();
        assertThat(ProbeVerdicts.reflectsUnescaped("{\"detail\":\"" + SCRIPT + "\"}", "application/json", SCRIPT)).isFalse();
    }

    @Test
    void payloadBreakingJsonStructureIsReflection() {
        assertThat(ProbeVerdicts.reflectsUnescaped("{\"name\":\"" + BREAKOUT + "\"}", "application/json", BREAKOUT)).isTrue();
        assertThat(ProbeVerdicts.reflectsUnescaped("{\"detail\":\"" + SCRIPT + "\"}", "text/html", SCRIPT))
                .as("JSON served as HTML renders").isTrue();
    }

    @Test
    void binaryOrAbsentIsNotReflection() {
        assertThat(ProbeVerdicts.reflectsUnescaped(SCRIPT, "image/png", SCRIPT)).isFalse();
        assertThat(ProbeVerdicts.reflectsUnescaped("{}", "text/html", SCRIPT)).isFalse();
    }

    @Test
    void internalsAreRecognised() {
        assertThat(ProbeVerdicts.leaksInternals("root:x:0:0:root:/root:/bin/bash")).isTrue();
        assertThat(ProbeVerdicts.leakEvidence("psycopg2.errors.UndefinedTable: relation \"userz\" does not exist"))
                .hasValueSatisfying(e -> assertThat(e).startsWith("SQL_ERROR"));
        assertThat(ProbeVerdicts.leaksInternals("{\"detail\":\"Not Found\"}")).isFalse();
    }

    @Test
    void timeInjectionNeedsTheSleep() {
        assertThat(ProbeVerdicts.suggestsTimeInjection(Duration.ofMillis(2150), Duration.ofMillis(50))).isTrue();
        assertThat(ProbeVerdicts.suggestsTimeInjection(Duration.ofMillis(400), Duration.ofMillis(50))).isFalse();
    }

    @Test
    void templateEvaluation() {
        assertThat(ProbeVerdicts.evaluatesTemplate("Hello 50337", "{{7*7191}}")).isTrue();
        assertThat(ProbeVerdicts.evaluatesTemplate("Hello {{7*7191}}", "{{7*7191}}")).isFalse();
    }
}
