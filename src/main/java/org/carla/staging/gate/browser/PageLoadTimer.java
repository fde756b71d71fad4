package org.carla.staging.gate.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;

/**
 * Loads a URL N times, each time cold, and reads what the browser itself measured: the Navigation Timing
 * Level 2 entry and the moment a CSS selector first matched an element with non-empty text.
 *
 * <p>Cold, chosen over a fresh browser per load: each load gets a new tab (no page state, no
 * back/forward cache) with the HTTP cache disabled and service workers bypassed through CDP
 * ({@code Network.setCacheDisabled}), so every document, script and API call goes to the server. A new
 * browser per load would add Chromium's start-up to every sample and dominate the gate's run time; the
 * only warm thing left is the localhost TCP connection pool (sub-millisecond).
 *
 * <p>Time to selector is exact, not polled: a MutationObserver registered before any page script
 * ({@code Page.addScriptToEvaluateOnNewDocument}) records {@code performance.now()} in the mutation that
 * made the selector match. The wait for it is bounded in the page by a deadline from navigation start.
 */
public final class PageLoadTimer {
    private static final Json JSON = new Json();
    private static final Duration SCRIPT_MARGIN = Duration.ofSeconds(5);

    /** Runs at document creation, before the page's scripts. {@code %s}: the selector as a JSON string. */
    private static final String WATCH = """
            (() => {
              const selector = %s;
              const state = window.__gateSelector = { at: null };
              const shown = () => Array.from(document.querySelectorAll(selector)).some(e => e.textContent.trim() !== '');
              const observer = new MutationObserver(() => {
                if (shown()) { state.at = performance.now(); observer.disconnect(); }
              });
              if (shown()) state.at = performance.now();
              else observer.observe(document, { childList: true, subtree: true, characterData: true });
            })();
            """;

    /** Waits, polling in the page, until the selector was seen and the load event ended, or the deadline. */
    private static final String AWAIT = """
            const [selector, deadline, done] = arguments;
            const poll = () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const state = window.__gateSelector;
              const seen = state !== undefined && state.at !== null;
              const loaded = nav !== undefined && nav.loadEventEnd > 0;
              if ((seen && loaded) || performance.now() >= deadline) {
                const matches = Array.from(document.querySelectorAll(selector));
                done({
                  seen, loaded, at: seen ? state.at : -1, nav: nav ? nav.toJSON() : null,
                  texts: matches.map(e => e.textContent.trim()).filter(t => t !== ''),
                  matches: matches.length, watcher: state !== undefined, readyState: document.readyState,
                });
              } else {
                setTimeout(poll, 10);
              }
            };
            poll();
            """;

    private final HeadlessChromium browser;
    private final String selector;
    private final Duration selectorTimeout;

    /** @param selectorTimeout how long after navigation start the selector may take to show text */
    public PageLoadTimer(HeadlessChromium browser, String selector, Duration selectorTimeout) {
        this.browser = browser;
        this.selector = selector;
        this.selectorTimeout = selectorTimeout;
    }

    /** {@code times} cold loads; an {@link AssertionError} saying why when a load or its selector times out. */
    public PageLoadSeries measure(URI url, int times) {
        if (times < 1) throw new IllegalArgumentException("times must be at least 1, was " + times);
        List<PageLoad> loads = new ArrayList<>();
        for (int i = 1; i <= times; i++) {
            loads.add(loadCold(url, "load " + i + "/" + times));
        }
        return new PageLoadSeries(url, selector, loads, browser.screenshot());
    }

    private PageLoad loadCold(URI url, String which) {
        ChromeDriver driver = freshTab();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH.formatted(JSON.toJson(selector))));
        driver.manage().timeouts().scriptTimeout(selectorTimeout.plus(SCRIPT_MARGIN));
        try {
            driver.get(url.toString());
        } catch (TimeoutException e) {
            throw new AssertionError(which + " of " + url + " did not finish loading within the page-load timeout "
                    + driver.manage().timeouts().getPageLoadTimeout().toMillis() + " ms", e);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) driver.executeAsyncScript(AWAIT, selector, selectorTimeout.toMillis());
        if (!Boolean.TRUE.equals(seen.get("seen")) || !Boolean.TRUE.equals(seen.get("loaded"))) {
            throw new AssertionError(which + " of " + url + ": " + whyNot(seen));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nav = (Map<String, Object>) seen.get("nav");
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) seen.get("texts");
        return new PageLoad(url, number(nav, "startTime"), number(nav, "responseStart"),
                number(nav, "domContentLoadedEventEnd"), number(nav, "loadEventEnd"), number(nav, "duration"),
                (long) number(nav, "transferSize"), number(seen, "at"), texts);
    }

    /** Opens a new tab, closes the previous one and leaves the driver on the new tab. */
    private ChromeDriver freshTab() {
        ChromeDriver driver = browser.driver();
        String previous = driver.getWindowHandle();
        String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        driver.switchTo().window(previous).close();
        driver.switchTo().window(fresh);
        return driver;
    }

    private String whyNot(Map<String, Object> seen) {
        String limit = selectorTimeout.toMillis() + " ms of navigation start";
        if (!Boolean.TRUE.equals(seen.get("watcher"))) {
            return "the selector watcher did not run in the page (readyState " + seen.get("readyState") + ")";
        }
        if (!Boolean.TRUE.equals(seen.get("seen"))) {
            long matches = (long) number(seen, "matches");
            return "'" + selector + "' did not show text within " + limit + ": "
                    + (matches == 0 ? "no element matches it" : matches + " matching element(s), all with empty text")
                    + " (readyState " + seen.get("readyState") + ")";
        }
        return "the load event did not end within " + limit + " (readyState " + seen.get("readyState") + ")";
    }

    private static double number(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        if (value instanceof Number n) return n.doubleValue();
        throw new IllegalStateException("the browser reported no number for '" + key + "': " + map);
    }
}
