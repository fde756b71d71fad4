package org.carla.staging.gate.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariableResolverTest {
    private static final Map<String, String> BUILTINS = Map.of("__interval", "20s");
    private final List<String> asked = new ArrayList<>();

    private VariableResolver.Resolution resolve(Map<String, List<String>> answers, Variable... vars) {
        return new VariableResolver((v, q) -> {
            asked.add(q);
            return Optional.ofNullable(answers.get(q));
        }).resolve(List.of(vars), BUILTINS);
    }

    private static Variable var(String name, String type, String query, List<String> current, boolean all) {
        return new Variable(name, type, query, List.of(), current, all, false, all, null, null, DatasourceRef.DEFAULT);
    }

    @Test
    void constantTextboxAndCustomTakeTheirValues() {
        VariableResolver.Resolution r = resolve(Map.of(),
                var("c", "constant", "carla-client", List.of(), false),
                var("t", "textbox", "default", List.of(), false),
                var("level", "custom", "ERROR,WARNING,INFO", List.of("WARNING"), false),
                var("first", "custom", "low : 0.5, high : 0.9", List.of(), false));
        assertThat(r.values().get("c").values()).containsExactly("carla-client");
        assertThat(r.values().get("t").values()).containsExactly("default");
        assertThat(r.values().get("level").values()).containsExactly("WARNING");
        assertThat(r.values().get("first").values()).containsExactly("0.5");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void intervalAutoIsTheComputedInterval() {
        VariableResolver.Resolution r = resolve(Map.of(), var("step", "interval", "auto,1m,5m", List.of("auto"), false),
                var("win", "interval", "1m,5m", List.of("5m"), false));
        assertThat(r.values().get("step").values()).containsExactly("20s");
        assertThat(r.values().get("win").values()).containsExactly("5m");
    }

    @Test
    void queryVariablesKeepTheSavedValueWhileItIsStillAnOption() {
        VariableResolver.Resolution r = resolve(Map.of("label_values(up, job)", List.of("prometheus", "carla-client")),
                var("job", "query", "label_values(up, job)", List.of("carla-client"), false),
                var("gone", "query", "label_values(up, job)", List.of("old-job"), false));
        assertThat(r.values().get("job").values()).containsExactly("carla-client");
        assertThat(r.values().get("gone").values()).containsExactly("prometheus"); // first option, as Grafana on load
    }

    @Test
    void allStaysAllAndChainedVariablesSeeTheOnesBefore() {
        VariableResolver.Resolution r = resolve(Map.of("label_values(up, job)", List.of("a", "b"),
                        "label_values(up{job=\"a\"}, instance)", List.of("a:1")),
                var("job", "custom", "a,b", List.of("a"), false),
                var("instance", "query", "label_values(up{job=\"$job\"}, instance)", List.of(), false),
                var("every", "query", "label_values(up, job)", List.of(), true));
        assertThat(asked).contains("label_values(up{job=\"a\"}, instance)");
        assertThat(r.values().get("instance").values()).containsExactly("a:1");
        assertThat(r.values().get("every").all()).isTrue();
    }

    @Test
    void aQueryVariableWithoutValuesIsAProblemNamedForThePanels() {
        VariableResolver.Resolution r = resolve(Map.of("label_values(nvidia_gpu_duty_cycle, minor_number)", List.of()),
                var("gpu", "query", "label_values(nvidia_gpu_duty_cycle, minor_number)", List.of("0"), false));
        assertThat(r.problems()).containsKey("gpu");
        assertThat(r.problems().get("gpu")).contains("has no values");
    }

    @Test
    void aQueryTheGateCannotRunFallsBackToTheSavedSelection() {
        VariableResolver.Resolution r = resolve(Map.of(), var("session", "query", "SELECT DISTINCT session_id FROM scenarios", List.of("42"), false),
                var("nothing", "query", "SELECT 1", List.of(), false));
        assertThat(r.values().get("session").values()).containsExactly("42");
        assertThat(r.problems()).containsKey("nothing");
    }

    @Test
    void theVariablesRegexFiltersAndCaptures() {
        assertThat(VariableResolver.applyRegex(List.of("carla-client", "prometheus", "carla-server"), "/carla-(.*)/"))
                .containsExactly("client", "server");
        assertThat(VariableResolver.customOptions("a\\,b,c")).containsExactly("a,b", "c");
    }
}
