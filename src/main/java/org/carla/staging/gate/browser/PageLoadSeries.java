package org.carla.staging.gate.browser;

import java.net.URI;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** N cold loads of one URL, their spreads, the texts the selector found and a screenshot of the last load. */
public final class PageLoadSeries {
    private final URI url;
    private final String selector;
    private final List<PageLoad> loads;
    private final byte[] screenshot;

    PageLoadSeries(URI url, String selector, List<PageLoad> loads, byte[] screenshot) {
        if (loads.isEmpty()) throw new IllegalArgumentException("a series needs at least one load");
        this.url = url;
        this.selector = selector;
        this.loads = List.copyOf(loads);
        this.screenshot = screenshot.clone();
    }

    public URI url() {
        return url;
    }

    public String selector() {
        return selector;
    }

    public List<PageLoad> loads() {
        return loads;
    }

    public Spread spread(ToDoubleFunction<PageLoad> metric) {
        return Spread.of(loads.stream().mapToDouble(metric).toArray());
    }

    public Spread timeToSelector() {
        return spread(PageLoad::timeToSelector);
    }

    public Spread ttfb() {
        return spread(PageLoad::ttfb);
    }

    public Spread domContentLoaded() {
        return spread(PageLoad::domContentLoadedEventEnd);
    }

    public Spread loadEventEnd() {
        return spread(PageLoad::loadEventEnd);
    }

    /** Loads whose document came over the network; equals {@code loads().size()} when every load was cold. */
    public long coldLoads() {
        return loads.stream().filter(PageLoad::cold).count();
    }

    /** The non-empty texts under the selector in the last load, in document order. */
    public List<String> texts() {
        return loads.get(loads.size() - 1).texts();
    }

    /** PNG of the viewport at the end of the last load. */
    public byte[] screenshot() {
        return screenshot.clone();
    }

    /** For the report: one line per measurement. */
    public String summary() {
        return "url " + url + ", " + loads.size() + " loads (" + coldLoads() + " cold), selector '" + selector + "'\n"
                + "time to selector  " + timeToSelector() + "\n"
                + "TTFB              " + ttfb() + "\n"
                + "DOMContentLoaded  " + domContentLoaded() + "\n"
                + "load event end    " + loadEventEnd() + "\n"
                + "texts             " + texts();
    }
}
