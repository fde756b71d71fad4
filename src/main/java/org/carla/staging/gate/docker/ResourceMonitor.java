package org.carla.staging.gate.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples CPU and memory of a set of containers from the Docker stats API while something runs (a load
 * level), and summarises per container: the seed's "Resource usage monitoring".
 */
public final class ResourceMonitor implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Peak and mean of one container over the sampled window. */
    public record Usage(String container, int samples, double cpuPeakPercent, double cpuMeanPercent, double memoryPeakMiB) {
    }

    private final DockerCli docker;
    private final Map<String, String> namesById;
    private final List<ResourceSample> samples = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "resource-monitor");
        t.setDaemon(true);
        return t;
    });

    /** @param namesById container id → the name to report it under (e.g. the compose service) */
    public ResourceMonitor(DockerCli docker, Map<String, String> namesById) {
        this.docker = docker;
        this.namesById = Map.copyOf(namesById);
    }

    public ResourceMonitor start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        List<String> args = new ArrayList<>(List.of("stats", "--no-stream", "--format", "{{json .}}"));
        args.addAll(namesById.keySet());
        CommandResult result = docker.docker(Duration.ofSeconds(20), args.toArray(String[]::new));
        if (!result.ok()) return;
        result.stdout().lines().filter(l -> !l.isBlank()).forEach(line -> {
            try {
                JsonNode node = JSON.readTree(line);
                String id = node.path("ID").asText();
                String name = namesById.entrySet().stream().filter(e -> e.getKey().startsWith(id) || id.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(node.path("Name").asText(id));
                samples.add(ResourceSample.parse(name, node.path("CPUPerc").asText("0%"), node.path("MemUsage").asText("0B / 0B")));
            } catch (Exception ignored) {
                // A malformed line loses one sample, not the level.
            }
        });
    }

    /** Stops sampling and summarises per container. */
    public Map<String, Usage> stop() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(25, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, List<ResourceSample>> byContainer = new LinkedHashMap<>();
        synchronized (samples) {
            samples.forEach(s -> byContainer.computeIfAbsent(s.container(), k -> new ArrayList<>()).add(s));
        }
        Map<String, Usage> usage = new LinkedHashMap<>();
        byContainer.forEach((name, list) -> usage.put(name, new Usage(name, list.size(),
                list.stream().mapToDouble(ResourceSample::cpuPercent).max().orElse(0),
                list.stream().mapToDouble(ResourceSample::cpuPercent).average().orElse(0),
                list.stream().mapToDouble(ResourceSample::memoryMiB).max().orElse(0))));
        return usage;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
