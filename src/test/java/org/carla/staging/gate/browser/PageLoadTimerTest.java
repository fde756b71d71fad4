package org.carla.staging.gate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Five cold loads of the test SPA, measured once for the class; each test checks one property of them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLoadTimerTest {
    private static final int LOADS = 5;
    private static final double GENEROUS_BOUND_MS = TestSite.LIST_DELAY_MS + 3_000;

    private TestSite site;
    private HeadlessChromium browser;
    private PageLoadSeries series;

    @BeforeAll
    void loadTheSpaFiveTimes() throws IOException {
        browser = Browsers.startOrAbort();
        site = new TestSite();
        series = new PageLoadTimer(browser, TestSite.SELECTOR, Duration.ofSeconds(10)).measure(site.uri("/"), LOADS);
    }

    @AfterAll
    void close() {
        if (site != null) site.close();
        if (browser != null) browser.close();
    }

    @Test
    void timeToSelectorIncludesThePagesOwnDelay() {
        assertThat(series.loads()).allSatisfy(load ->
                assertThat(load.timeToSelector()).isGreaterThanOrEqualTo(TestSite.LIST_DELAY_MS).isLessThan(GENEROUS_BOUND_MS));
        assertThat(series.timeToSelector().count()).isEqualTo(LOADS);
    }

    @Test
    void navigationTimingIsTheBrowsersOwn() {
        assertThat(series.loads()).allSatisfy(load -> {
            assertThat(load.startTime()).isZero();
            assertThat(load.responseStart()).isPositive();
            assertThat(load.domContentLoadedEventEnd()).isGreaterThanOrEqualTo(load.responseStart());
            assertThat(load.loadEventEnd()).isGreaterThanOrEqualTo(load.domContentLoadedEventEnd()).isLessThan(GENEROUS_BOUND_MS);
            assertThat(load.duration()).isEqualTo(load.loadEventEnd() - load.startTime());
        });
    }

    @Test
    void everyLoadIsColdEvenThoughTheSiteIsCacheable() {
        assertThat(series.coldLoads()).isEqualTo(LOADS);
        assertThat(series.loads()).allSatisfy(load -> assertThat(load.transferSize()).isPositive());
        assertThat(site.hits("/")).isEqualTo(LOADS);
        assertThat(site.hits("/app.js")).as("script requested on every load").isEqualTo(LOADS);
    }

    @Test
    void textsUnderTheSelectorAreCapturedWithoutEmptyOnes() {
        assertThat(series.texts()).containsExactly(TestSite.FIRST, TestSite.SECOND);
        assertThat(series.summary()).contains("5 loads (5 cold)", TestSite.FIRST);
    }

    @Test
    void theLastLoadIsScreenshotAsPng() {
        assertThat(series.screenshot()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aSelectorThatNeverShowsTextFailsWithTheReasonWithinItsDeadline() {
        PageLoadTimer impatient = new PageLoadTimer(browser, TestSite.SELECTOR, Duration.ofMillis(500));

        assertThatThrownBy(() -> impatient.measure(site.uri("/empty"), 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("load 1/1 of " + site.uri("/empty"))
                .hasMessageContaining("'#scenario-list li' did not show text within 500 ms of navigation start: 1 matching element(s), all with empty text");
    }
}
