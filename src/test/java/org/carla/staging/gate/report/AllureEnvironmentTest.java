package org.carla.staging.gate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureEnvironmentTest {

    @Test
    void factsGoFirstInPlaceOfTheirEarlierValuesAndTheRestIsKept(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("environment.properties"), "verdict=PASS\nworld=airgap\ngate.run=1\n");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("verdict", "FAIL: 2 product defect(s) — see below");
        facts.put("gate.run", "2");
        AllureEnvironment.putFirst(dir, facts);
        assertThat(Files.readString(dir.resolve("environment.properties")))
                .isEqualTo("verdict=FAIL\\: 2 product defect(s) \\u2014 see below\ngate.run=2\nworld=airgap\n");
    }
}
