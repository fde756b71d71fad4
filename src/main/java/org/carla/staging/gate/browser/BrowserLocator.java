package org.carla.staging.gate.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carla.staging.gate.config.BrowserConfig;
import org.carla.staging.gate.config.ConfigSource;

/**
 * Finds the chromium binary and chromedriver. A configured path ({@value #CHROMIUM_KEY},
 * {@value #CHROMEDRIVER_KEY}) is used as given; otherwise {@code /usr/bin} and then {@code PATH} are
 * searched for {@code chromium}, {@code chromium-browser}, {@code google-chrome} and {@code chromedriver}.
 * Nothing is ever downloaded: Selenium Manager is not involved.
 */
public final class BrowserLocator {
    private static final String CHROMIUM_KEY = BrowserConfig.CHROMIUM_KEY;
    private static final String CHROMEDRIVER_KEY = BrowserConfig.CHROMEDRIVER_KEY;
    static final List<String> CHROMIUM_NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    static final List<String> CHROMEDRIVER_NAMES = List.of("chromedriver");
    private static final String INSTALL = "run compose/install-browser (or: apt-get install chromium chromium-driver)";

    private final Optional<Path> chromium;
    private final Optional<Path> chromedriver;
    private final List<Path> searchDirs;

    /** Configured paths win; an empty one means "search {@code searchDirs} in order". */
    public BrowserLocator(Optional<Path> chromium, Optional<Path> chromedriver, List<Path> searchDirs) {
        this.chromium = chromium;
        this.chromedriver = chromedriver;
        this.searchDirs = List.copyOf(searchDirs);
    }

    /** The configured binaries, or a search of /usr/bin and then PATH. */
    public static BrowserLocator of(BrowserConfig config) {
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/bin")));
        Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
                .filter(d -> !d.isBlank())
                .map(Path::of)
                .filter(d -> !dirs.contains(d))
                .forEach(dirs::add);
        return new BrowserLocator(config.chromium(), config.chromedriver(), dirs);
    }

    /** Searches only (no configured paths): for the engine's own tests. */
    public static BrowserLocator searching() {
        return of(new BrowserConfig(Optional.empty(), Optional.empty(), 1, false));
    }

    /** Both binaries, or one exception whose message lists every missing one with its fix. */
    public BrowserBinaries locate() {
        List<String> problems = new ArrayList<>();
        Optional<Path> browser = find("chromium", chromium, CHROMIUM_KEY, CHROMIUM_NAMES, problems);
        Optional<Path> driver = find("chromedriver", chromedriver, CHROMEDRIVER_KEY, CHROMEDRIVER_NAMES, problems);
        if (!problems.isEmpty()) {
            throw new BrowserUnavailableException("Headless browser unavailable: " + String.join("; ", problems));
        }
        return new BrowserBinaries(browser.orElseThrow(), driver.orElseThrow());
    }

    private Optional<Path> find(String what, Optional<Path> configured, String key, List<String> names, List<String> problems) {
        String setting = "-D" + key + "=/path/to/" + what + " (env " + ConfigSource.envName(key) + ")";
        if (configured.isPresent()) {
            Path path = configured.get();
            Optional<String> wrong = whyUnusable(path);
            wrong.ifPresent(why -> problems.add(what + " at " + path + " (set by " + key + ") " + why
                    + ". Fix: point " + setting + " at the real binary, or unset it and " + INSTALL));
            return wrong.isPresent() ? Optional.empty() : configured;
        }
        Optional<Path> found = searchDirs.stream()
                .flatMap(dir -> names.stream().map(dir::resolve))
                .filter(p -> whyUnusable(p).isEmpty())
                .findFirst();
        if (found.isEmpty()) {
            problems.add(what + " not found (looked for " + String.join(", ", names) + " in "
                    + searchDirs.stream().map(Path::toString).collect(Collectors.joining(":")) + "). Fix: "
                    + INSTALL + ", or set " + setting);
        }
        return found;
    }

    private static Optional<String> whyUnusable(Path path) {
        if (!Files.exists(path)) return Optional.of("does not exist");
        if (!Files.isRegularFile(path)) return Optional.of("is not a file");
        if (!Files.isExecutable(path)) return Optional.of("is not executable");
        return Optional.empty();
    }
}
