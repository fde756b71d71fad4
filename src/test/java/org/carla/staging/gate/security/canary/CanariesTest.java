package org.carla.staging.gate.security.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanariesTest {
    @Test
    void commonAndShortValuesAreNotCanariesAndSayWhy() {
        Canaries canaries = new Canaries();
        assertThat(canaries.add("db password", "postgres")).isFalse();
        assertThat(canaries.add("pin", "1234")).isFalse();
        assertThat(canaries.add("jwt", "9f0c3e7a1b2d4c6e8f0a1b2c3d4e5f60")).isTrue();
        assertThat(canaries.unsearchable()).containsKeys("db password", "pin");
        assertThat(canaries.unsearchable().get("db password")).contains("common default");
        assertThat(canaries.searchable()).containsOnlyKeys("jwt");
    }

    @Test
    void aHitNamesTheSecretAndWhereButNeverShowsIt() {
        Canaries canaries = new Canaries();
        canaries.add("password of gate_1", "Gate-Pass-A9c0ffee42");
        CanarySearch search = new CanarySearch(canaries);
        List<CanaryHit> hits = search.search("backend.log", "INFO login user=gate_1 password=Gate-Pass-A9c0ffee42 ok");
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.secret()).isEqualTo("password of gate_1");
            assertThat(hit.where()).isEqualTo("backend.log");
            assertThat(hit.context()).doesNotContain("Gate-Pass-A9c0ffee42").contains("[20 characters of the secret]");
        });
        assertThat(search.search("answer", "the secret itself may be allowed here: Gate-Pass-A9c0ffee42", List.of("password of gate_1"))).isEmpty();
        assertThat(search.bytesScanned()).isPositive();
        assertThat(search.textsScanned()).isEqualTo(2);
    }
}
