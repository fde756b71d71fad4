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
        assertThat(name.value()).matches("carla-staging-gate-h" + ProjectName.THIS_HOST + "-p" + ProcessHandle.current().pid() + "-[a-z0-9]{6}");
        assertThat(name.ownerPid("carla-staging")).contains(ProcessHandle.current().pid());
        assertThat(ProjectName.forThisRun("carla-staging")).as("two runs of one process differ").isNotEqualTo(name);
    }

    @Test
    void stacksOfDeadOwnersAndOlderUnownedRunsAreStale() {
        StaleStackReaper reaper = new StaleStackReaper(UNUSED, "carla-staging", pid -> pid == 111);
        String here = "carla-staging-gate-h" + ProjectName.THIS_HOST;
        String elsewhere = "carla-staging-gate-h" + ProjectName.hostHash(ProjectName.THIS_HOST + "-other");
        List<String> listed = List.of(here + "-p111-abc123", here + "-p222-def456", here + "-p222-def456", elsewhere + "-p222-aaa111",
                "carla-staging-gate-p333-bbb222", "carla-staging-gate-xyz789", "carla-staging", "my-own-stack", "");
        assertThat(reaper.staleAmong(listed)).as("dead owners here (once) and older names; never a live run, a run of another host "
                        + "(a container sharing the engine) or a hand-started stack")
                .containsExactly(here + "-p222-def456", "carla-staging-gate-p333-bbb222", "carla-staging-gate-xyz789");
    }

    @Test
    void theStackOfThisLiveProcessIsNeverStale() {
        StaleStackReaper reaper = new StaleStackReaper(UNUSED, "carla-staging");
        String mine = ProjectName.forThisRun("carla-staging").value();
        assertThat(reaper.staleAmong(List.of(mine))).isEmpty();
    }
}
