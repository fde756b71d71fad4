package org.carla.staging.gate.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.docker.CommandRunner;
import org.carla.staging.gate.docker.DockerCli;
import org.junit.jupiter.api.Test;

class StaleStackReaperTest {
    private static final DockerCli UNUSED = new DockerCli(new CommandRunner(Path.of("."), Map.of()));

    @Test
    void aRunsNameCarriesItsOwnerAndMatchesTheGatePattern() {
        ProjectName name = ProjectName.forThisRun("Carla-Staging");
        assertThat(name.value()).matches("carla-staging-gate-p" + ProcessHandle.current().pid() + "-[a-z0-9]{6}");
        assertThat(name.ownerPid("carla-staging")).contains(ProcessHandle.current().pid());
        assertThat(ProjectName.forThisRun("carla-staging")).as("two runs of one process differ").isNotEqualTo(name);
    }

    @Test
    void stacksOfDeadOwnersAndOlderUnownedRunsAreStale() {
        StaleStackReaper reaper = new StaleStackReaper(UNUSED, "carla-staging", pid -> pid == 111);
        List<String> listed = List.of("carla-staging-gate-p111-abc123", "carla-staging-gate-p222-def456",
                "carla-staging-gate-p222-def456", "carla-staging-gate-xyz789", "carla-staging", "my-own-stack", "");
        assertThat(reaper.staleAmong(listed)).as("dead owner 222 (once), an unowned older run; never a live run or a hand-started stack")
                .containsExactly("carla-staging-gate-p222-def456", "carla-staging-gate-xyz789");
    }

    @Test
    void theStackOfThisLiveProcessIsNeverStale() {
        StaleStackReaper reaper = new StaleStackReaper(UNUSED, "carla-staging");
        String mine = ProjectName.forThisRun("carla-staging").value();
        assertThat(reaper.staleAmong(List.of(mine))).isEmpty();
    }
}
