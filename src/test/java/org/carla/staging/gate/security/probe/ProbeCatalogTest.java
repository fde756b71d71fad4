package org.carla.staging.gate.security.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeCatalogTest {
    @Test
    void countsArePinned() {
        assertThat(ProbeCatalog.counts()).containsExactlyEntriesOf(new java.util.EnumMap<>(Map.of(
                ProbeCategory.SQL_INJECTION, 16, ProbeCategory.XSS, 13, ProbeCategory.PATH_TRAVERSAL, 15,
                ProbeCategory.COMMAND_INJECTION, 6, ProbeCategory.TEMPLATE_INJECTION, 5, ProbeCategory.HEADER_INJECTION, 4,
                ProbeCategory.OVERSIZED, 5, ProbeCategory.MALFORMED_JSON, 24, ProbeCategory.ODD_UNICODE, 21)));
        assertThat(ProbeCatalog.all()).hasSize(109);
    }

    @Test
    void namesAreUniquePerCategory() {
        for (ProbeCategory c : ProbeCategory.values()) {
            assertThat(ProbeCatalog.of(c)).extracting(Probe::name).doesNotHaveDuplicates();
        }
    }

    @Test
    void probesAreBounded() {
        assertThat(ProbeCatalog.all()).allSatisfy(p -> assertThat(p.bytes().length).isLessThanOrEqualTo(ProbeCatalog.ONE_MIB));
        assertThat(ProbeCatalog.timeBased()).hasSize(4)
                .allSatisfy(p -> assertThat(p.payload()).contains("pg_sleep(2)"));
        assertThat(ProbeCatalog.of(ProbeCategory.OVERSIZED)).anySatisfy(p -> assertThat(p.payload()).hasSize(ProbeCatalog.ONE_MIB));
    }

    @Test
    void rawProbesAreInvalidUtf8Bytes() {
        Probe overlong = ProbeCatalog.of(ProbeCategory.ODD_UNICODE).stream().filter(p -> p.name().equals("overlong slash"))
                .findFirst().orElseThrow();
        assertThat(overlong.bytes()).containsExactly(0xC0, 0xAF);
        assertThat(overlong.toString()).startsWith("ODD_UNICODE/overlong slash");
    }

    @Test
    void deepNestingIsTenThousandLevels() {
        Probe deep = ProbeCatalog.of(ProbeCategory.MALFORMED_JSON).stream().filter(p -> p.name().equals("deep arrays"))
                .findFirst().orElseThrow();
        assertThat(deep.payload()).hasSize(2 * ProbeCatalog.MAX_NESTING);
    }
}
