package org.carla.staging.acceptance.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.carla.staging.gate.config.LoadConfig;
import org.carla.staging.gate.docker.ResourceMonitor;
import org.carla.staging.gate.load.report.SvgChart;
import org.carla.staging.gate.stack.StagingStack;

/** Resource usage per container during a load level: sampling, a table, chart series and ceilings. */
final class ResourceUsage {
    private ResourceUsage() {
    }

    static ResourceMonitor monitor(StagingStack stack) {
        Map<String, String> names = new LinkedHashMap<>();
        stack.containers().ifPresent(c -> c.states().forEach(s -> names.put(s.containerId(), s.service())));
        ResourceMonitor monitor = new ResourceMonitor(stack.containers().map(c -> c.docker()).orElse(null), names);
        return names.isEmpty() ? monitor : monitor.start(Duration.ofSeconds(2));
    }

    static String table(Map<String, ResourceMonitor.Usage> usage) {
        if (usage.isEmpty()) return "<p>No container access (external target): resource usage not sampled.</p>";
        StringBuilder html = new StringBuilder("<table border=1 cellpadding=4><tr><th>container</th><th>samples</th>"
                + "<th>CPU peak %</th><th>CPU mean %</th><th>memory peak MiB</th></tr>");
        usage.values().forEach(u -> html.append(String.format(java.util.Locale.ROOT,
                "<tr><td>%s</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%.1f</td></tr>",
                org.carla.staging.gate.report.Html.escape(u.container()), u.samples(), u.cpuPeakPercent(), u.cpuMeanPercent(), u.memoryPeakMiB())));
        return html.append("</table>").toString();
    }

    static Map<String, List<SvgChart.Point>> series(Map<String, Map<String, ResourceMonitor.Usage>> byLevel,
                                                    ToDoubleFunction<ResourceMonitor.Usage> figure) {
        Map<String, List<SvgChart.Point>> series = new LinkedHashMap<>();
        byLevel.forEach((level, usage) -> usage.forEach((container, u) ->
                series.computeIfAbsent(container, k -> new java.util.ArrayList<>()).add(new SvgChart.Point(level, figure.applyAsDouble(u)))));
        return series;
    }

    /** Ceilings are opt-in per container: staging.load.ceiling.<service>.memory.mib / .cpu.percent. */
    static boolean withinCeilings(Map<String, ResourceMonitor.Usage> usage, LoadConfig load) {
        return usage.entrySet().stream().allMatch(e -> {
            LoadConfig.Ceiling ceiling = load.ceilings().get(e.getKey());
            return ceiling == null || ((ceiling.memoryMiB() == null || e.getValue().memoryPeakMiB() <= ceiling.memoryMiB())
                    && (ceiling.cpuPercent() == null || e.getValue().cpuPeakPercent() <= ceiling.cpuPercent()));
        });
    }

    static void assertWithinCeilings(Map<String, ResourceMonitor.Usage> usage, LoadConfig load, String level) {
        usage.forEach((container, u) -> {
            LoadConfig.Ceiling ceiling = load.ceilings().get(container);
            if (ceiling == null) return;
            if (ceiling.memoryMiB() != null) {
                assertThat(u.memoryPeakMiB()).as("%s memory peak at level %s (MiB)", container, level).isLessThanOrEqualTo(ceiling.memoryMiB());
            }
            if (ceiling.cpuPercent() != null) {
                assertThat(u.cpuPeakPercent()).as("%s CPU peak at level %s (%%)", container, level).isLessThanOrEqualTo(ceiling.cpuPercent());
            }
        });
    }
}
