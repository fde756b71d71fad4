package org.carla.staging.gate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HeadlessChromiumTest {
    @Test
    void startsFromExplicitPathsAndDeletesItsProfileOnClose() {
        Path workDir;
        try (HeadlessChromium browser = Browsers.startOrAbort()) {
            workDir = browser.workDir();
            assertThat(workDir.resolve("profile")).isDirectory();
            assertThat(browser.version()).matches("\\d+\\..*");
            assertThat(browser.startupTime()).isPositive();
        }
        assertThat(Files.exists(workDir)).as("user-data-dir removed").isFalse();
    }

    @Test
    void aBrowserThatDoesNotStartSaysHowToFindOutWhy() {
        BrowserBinaries broken = new BrowserBinaries(Path.of("/bin/false"), Browsers.locateOrAbort().chromedriver());

        assertThatThrownBy(() -> HeadlessChromium.start(broken, Browsers.PAGE_LOAD_TIMEOUT))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("Headless chromium did not start (/bin/false via ")
                .hasMessageContaining("compose/install-browser");
    }
}
