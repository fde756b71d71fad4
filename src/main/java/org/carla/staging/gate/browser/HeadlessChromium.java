package org.carla.staging.gate.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carla.staging.gate.config.BrowserConfig;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium session driven through chromedriver, started from explicit paths (so Selenium
 * Manager never runs and nothing is downloaded), with a fresh user-data-dir that is deleted on close.
 * The flags keep Chromium off Google's hosts, which a closed network refuses.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Without these Chromium tries to reach Google (sync, component updates, QUIC probes) or needs a sandbox. */
    public static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,800");
    private static final String DRIVER_LOG = "chromedriver.log";

    private final ChromeDriver driver;
    private final Path workDir;
    private final Duration startupTime;

    private HeadlessChromium(ChromeDriver driver, Path workDir, Duration startupTime) {
        this.driver = driver;
        this.workDir = workDir;
        this.startupTime = startupTime;
    }

    /** Locates the binaries from configuration and starts; {@link BrowserUnavailableException} says the fix. */
    public static HeadlessChromium start(BrowserConfig config, Duration pageLoadTimeout) {
        return start(BrowserLocator.of(config).locate(), pageLoadTimeout);
    }

    public static HeadlessChromium start(BrowserBinaries binaries, Duration pageLoadTimeout) {
        Path workDir = createWorkDir();
        Path profile = workDir.resolve("profile");
        long begin = System.nanoTime();
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(binaries.chromedriver().toFile())
                    .usingAnyFreePort()
                    .withLogFile(workDir.resolve(DRIVER_LOG).toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binaries.chromium().toFile());
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile);
            options.setPageLoadTimeout(pageLoadTimeout);
            ChromeDriver driver = new ChromeDriver(service, options);
            return new HeadlessChromium(driver, workDir, Duration.ofNanos(System.nanoTime() - begin));
        } catch (WebDriverException e) {
            String driverLog = tail(workDir.resolve(DRIVER_LOG));
            delete(workDir);
            throw new BrowserUnavailableException("Headless chromium did not start (" + binaries.chromium() + " via "
                    + binaries.chromedriver() + "): " + firstLine(e.getMessage()) + driverLog
                    + ". Fix: run compose/install-browser (it checks chromium and chromedriver share a major version), then try '"
                    + binaries.chromium() + " --headless=new --no-sandbox --dump-dom about:blank' to see why it fails", e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** From launching chromedriver to a ready browser session. */
    public Duration startupTime() {
        return startupTime;
    }

    public String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    /** PNG of the current viewport. */
    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Only for tests and diagnostics: the per-session directory holding the profile and chromedriver's log. */
    Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(workDir);
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("gate-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary user-data-dir for chromium", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("");
    }

    private static String tail(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return all.isEmpty() ? "" : "; chromedriver log ends: " + String.join(" | ", all.subList(Math.max(0, all.size() - 5), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Chromium may still be writing into its profile; what remains is in the system temp dir.
        }
    }
}
