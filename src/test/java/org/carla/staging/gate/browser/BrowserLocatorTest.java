package org.carla.staging.gate.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserLocatorTest {
    @TempDir
    Path dir;

    @Test
    void aWrongConfiguredPathNamesThePathTheSettingAndTheFix() throws IOException {
        executable("chromedriver");
        BrowserLocator locator = new BrowserLocator(Optional.of(dir.resolve("no-such-chromium")), Optional.empty(), List.of(dir));

        assertThatThrownBy(locator::locate)
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("chromium at " + dir.resolve("no-such-chromium") + " (set by staging.browser.chromium) does not exist")
                .hasMessageContaining("STAGING_BROWSER_CHROMIUM")
                .hasMessageContaining("compose/install-browser")
                .message().doesNotContain("chromedriver not found");
    }

    @Test
    void nothingOnTheSearchPathListsBothBinariesAndTheInstallCommand() {
        BrowserLocator locator = new BrowserLocator(Optional.empty(), Optional.empty(), List.of(dir));

        assertThatThrownBy(locator::locate)
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("chromium not found (looked for chromium, chromium-browser, google-chrome in " + dir + ")")
                .hasMessageContaining("chromedriver not found")
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("-Dstaging.browser.chromedriver=");
    }

    @Test
    void aFileThatIsNotExecutableIsRefusedWithTheReason() throws IOException {
        Path plain = Files.writeString(dir.resolve("chromium"), "");
        BrowserLocator locator = new BrowserLocator(Optional.of(plain), Optional.of(executable("chromedriver")), List.of());

        assertThatThrownBy(locator::locate).hasMessageContaining(plain + " (set by staging.browser.chromium) is not executable");
    }

    @Test
    void searchFindsTheFirstKnownNameInTheFirstDirectory() throws IOException {
        Path chrome = executable("google-chrome");
        Path driver = executable("chromedriver");

        BrowserBinaries found = new BrowserLocator(Optional.empty(), Optional.empty(), List.of(dir.resolve("missing"), dir)).locate();

        assertThat(found).isEqualTo(new BrowserBinaries(chrome, driver));
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
