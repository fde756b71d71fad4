package org.carla.staging.gate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateInterpolatorTest {
    private static final Map<String, String> BUILTINS = Map.of("__rate_interval", "40s", "__interval", "10s", "__range", "3600s");

    private static String run(String query, ResolvedVariable... vars) {
        Map<String, ResolvedVariable> map = new java.util.LinkedHashMap<>();
        for (ResolvedVariable v : vars) map.put(v.name(), v);
        return TemplateInterpolator.interpolate(query, map, BUILTINS).text();
    }

    @Test
    void builtinsAreReplacedInEverySpelling() {
        assertThat(run("rate(x[$__rate_interval]) + increase(y[${__range}]) + z[[[__interval]]]"))
                .isEqualTo("rate(x[40s]) + increase(y[3600s]) + z[10s]");
    }

    @Test
    void aSingleValueVariableIsInsertedAsIsInAllThreeSyntaxes() {
        ResolvedVariable job = ResolvedVariable.single("job", "carla-client");
        assertThat(run("up{job=\"$job\"} + up{job=\"${job}\"} + up{job=\"[[job]]\"}", job))
                .isEqualTo("up{job=\"carla-client\"} + up{job=\"carla-client\"} + up{job=\"carla-client\"}");
    }

    @Test
    void allBecomesMatchAnythingOrTheCustomAllValue() {
        assertThat(run("up{job=~\"$job\"}", new ResolvedVariable("job", List.of(), true, null, true, true))).isEqualTo("up{job=~\".*\"}");
        assertThat(run("up{job=~\"$job\"}", new ResolvedVariable("job", List.of(), true, "carla.*", true, true)))
                .isEqualTo("up{job=~\"carla.*\"}");
    }

    @Test
    void multipleValuesBecomeARegexAlternationEscapedLikeGrafana() {
        ResolvedVariable inst = new ResolvedVariable("instance", List.of("backend:8000", "db.local:9187"), false, null, true, false);
        assertThat(run("up{instance=~\"$instance\"}", inst)).isEqualTo("up{instance=~\"(backend:8000|db\\\\.local:9187)\"}");
    }

    @Test
    void explicitFormatsApply() {
        ResolvedVariable v = new ResolvedVariable("svc", List.of("a", "b"), false, null, true, false);
        assertThat(run("${svc:pipe}", v)).isEqualTo("a|b");
        assertThat(run("${svc:csv}", v)).isEqualTo("a,b");
        assertThat(run("${svc:singlequote}", v)).isEqualTo("'a','b'");
        assertThat(run("[[svc:glob]]", v)).isEqualTo("{a,b}");
    }

    @Test
    void anUndefinedVariableIsLeftAsWrittenAndReported() {
        TemplateInterpolator.Result r = TemplateInterpolator.interpolate("up{job=\"$nope\"}", Map.of(), BUILTINS);
        assertThat(r.text()).isEqualTo("up{job=\"$nope\"}");
        assertThat(r.unknown()).containsExactly("nope");
    }

    @Test
    void aLongerNameIsNotCutAtAShorterOne() {
        ResolvedVariable a = ResolvedVariable.single("job", "x");
        assertThat(run("$jobs", a)).isEqualTo("$jobs");
    }
}
