package org.carla.staging.gate.config;

import java.nio.file.Path;

/**
 * The Allure report across runs: where the history (trend, duration and retries panels) is kept from one
 * run to the next.
 */
public record ReportConfig(Path historyDir) {

    static ReportConfig read(Settings s, Path projectDir) {
        return new ReportConfig(s.location("staging.report.history.dir", projectDir));
    }
}
