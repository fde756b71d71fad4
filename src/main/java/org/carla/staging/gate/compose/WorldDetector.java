package org.carla.staging.gate.compose;

import java.time.Duration;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.WorldChoice;
import org.carla.staging.gate.docker.CommandResult;
import org.carla.staging.gate.docker.DockerCli;

/**
 * Decides the world once: as configured, or REGISTRY when every image the plain stack file names is
 * already in the engine (compose/bootstrap pulls them where a registry answers), else AIRGAP.
 */
public final class WorldDetector {
    private WorldDetector() {
    }

    public static World detect(GateConfig config, DockerCli docker) {
        if (config.world() == WorldChoice.REGISTRY) return World.REGISTRY;
        if (config.world() == WorldChoice.AIRGAP) return World.AIRGAP;
        ComposeProject plain = new ComposeProject(config, World.REGISTRY, config.projectName());
        CommandResult images = plain.compose(Duration.ofSeconds(30), "--profile", "*", "config", "--images");
        if (!images.ok()) return World.AIRGAP;
        boolean allPresent = images.stdout().lines().map(String::strip).filter(s -> !s.isEmpty())
                .allMatch(docker::imagePresent);
        return allPresent ? World.REGISTRY : World.AIRGAP;
    }
}
