package org.carla.staging.acceptance.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.carla.staging.acceptance.PerformanceTest;
import org.carla.staging.gate.browser.BrowserUnavailableException;
import org.carla.staging.gate.browser.HeadlessChromium;
import org.carla.staging.gate.browser.PageLoadSeries;
import org.carla.staging.gate.browser.PageLoadTimer;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.report.Figures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Expected Performance: Frontend Load Time < 3 seconds", measured by a real headless Chromium
 * (its own Navigation Timing), cold loads, median of several; and the page must really work: the
 * scenario list from the API is rendered, not only bytes delivered.
 */
@PerformanceTest
@Feature("3. Performance Testing")
@Story("Frontend load time")
class PageLoadTest {

    @Test
    @DisplayName("The frontend loads and renders the scenario list in under 3 s (median of cold loads)")
    void frontendLoadsAndRendersInTime(HttpSpecs http, GateConfig config) {
        List<String> scenarios = given(http.backend()).get("/api/scenarios").then().statusCode(200).extract().jsonPath().getList("scenarios", String.class);
        int loads = config.browser().loads();
        long limit = config.thresholds().frontendLoadMs();
        try (HeadlessChromium browser = startBrowser(config)) {
            PageLoadSeries series = new PageLoadTimer(browser, "#scenario-list li", Duration.ofMillis(limit * 3))
                    .measure(URI.create(config.endpoints().frontend() + "/"), loads);
            Allure.addAttachment("frontend as rendered", "image/png", new ByteArrayInputStream(series.screenshot()), ".png");
            Figures.text("page loads", series.summary());
            Figures.record("page load median (load event end)", series.loadEventEnd().median(), "ms", limit + " ms");
            Figures.record("scenario list rendered, median", series.timeToSelector().median(), "ms", limit + " ms");
            Figures.record("time to first byte, median", series.ttfb().median(), "ms", "reported");
            assertThat(series.coldLoads()).as("cold loads (cache disabled)").isEqualTo(loads);
            assertThat(series.texts()).as("scenario names rendered by the page").containsAll(scenarios);
            assertThat(series.loadEventEnd().median()).as("median page load (ms) of %d cold loads", loads).isLessThan(limit);
            assertThat(series.timeToSelector().median()).as("median time until the scenario list shows (ms)").isLessThan(limit);
        }
    }

    private static HeadlessChromium startBrowser(GateConfig config) {
        try {
            return HeadlessChromium.start(config.browser(), Duration.ofSeconds(30));
        } catch (BrowserUnavailableException e) {
            if (config.browser().required()) {
                throw new AssertionError("No usable headless Chromium, so the frontend load time cannot be measured: " + e.getMessage()
                        + " (or set staging.browser.required=false to skip this check with that reason)", e);
            }
            Assumptions.abort("no headless Chromium: " + e.getMessage());
            throw e;
        }
    }
}
