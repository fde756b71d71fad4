package org.carla.staging.gate.load.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Self-contained SVG line and grouped-bar charts over categories (load levels), hand-written so the report
 * needs no charting library. Input: series name to points in x order; the x labels of all series are
 * merged in first-seen order, a series without a value at some x simply skips it.
 */
public final class SvgChart {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int LEFT = 80;
    private static final int RIGHT = 170;
    private static final int TOP = 48;
    private static final int BOTTOM = 64;
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf"};

    /** One value at one x category, e.g. ("50 VUs", 12.5). */
    public record Point(String x, double value) {
    }

    private SvgChart() {
    }

    public static String line(String title, String xTitle, String yTitle, Map<String, List<Point>> series) {
        return render(title, xTitle, yTitle, series, false);
    }

    public static String bars(String title, String xTitle, String yTitle, Map<String, List<Point>> series) {
        return render(title, xTitle, yTitle, series, true);
    }

    private static String render(String title, String xTitle, String yTitle, Map<String, List<Point>> series, boolean bars) {
        List<String> xs = categories(series);
        double max = series.values().stream().flatMap(List::stream).mapToDouble(Point::value)
                .filter(v -> !Double.isNaN(v) && !Double.isInfinite(v)).max().orElse(0);
        double step = niceStep(max);
        double top = Math.max(step, Math.ceil(max / step) * step);
        Plot plot = new Plot(xs, top);

        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>").append(Markup.escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(text(WIDTH / 2.0, 24, "middle", "font-size=\"15\" font-weight=\"bold\"", title));
        axes(svg, plot, step, xTitle, yTitle);
        if (xs.isEmpty()) {
            svg.append(text(LEFT + plot.width / 2, TOP + plot.height / 2, "middle", "fill=\"#888\"", "no data"));
        }
        int index = 0;
        for (Map.Entry<String, List<Point>> entry : series.entrySet()) {
            String color = PALETTE[index % PALETTE.length];
            if (bars) {
                bars(svg, plot, entry.getValue(), color, index, series.size());
            } else {
                line(svg, plot, entry.getValue(), color);
            }
            legend(svg, index, entry.getKey(), color);
            index++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static List<String> categories(Map<String, List<Point>> series) {
        Set<String> xs = new LinkedHashSet<>();
        series.values().forEach(points -> points.forEach(p -> xs.add(p.x())));
        return new ArrayList<>(xs);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, giving about five gridlines. */
    static double niceStep(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static void axes(StringBuilder svg, Plot plot, double step, String xTitle, String yTitle) {
        for (double v = 0; v <= plot.top + step / 2; v += step) {
            double y = plot.y(v);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + plot.width, y));
            svg.append(text(LEFT - 8, y + 4, "end", "", label(v)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#333\"/>%n", LEFT, TOP, LEFT, TOP + plot.height));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>%n", LEFT, TOP + plot.height,
                LEFT + plot.width, TOP + plot.height));
        for (int i = 0; i < plot.xs.size(); i++) {
            svg.append(text(plot.x(i), TOP + plot.height + 18, "middle", "", plot.xs.get(i)));
        }
        svg.append(text(LEFT + plot.width / 2, HEIGHT - 16, "middle", "font-weight=\"bold\"", xTitle));
        double middle = TOP + plot.height / 2;
        svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%.1f\" text-anchor=\"middle\" font-weight=\"bold\" transform=\"rotate(-90 20 %.1f)\">%s</text>%n",
                middle, middle, Markup.escape(yTitle)));
    }

    private static void line(StringBuilder svg, Plot plot, List<Point> points, String color) {
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Point p : points) {
            if (Double.isNaN(p.value()) || Double.isInfinite(p.value())) {
                continue;
            }
            double x = plot.x(plot.xs.indexOf(p.x()));
            double y = plot.y(p.value());
            path.append(path.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s: %s</title></circle>%n",
                    x, y, color, Markup.escape(p.x()), label(p.value())));
        }
        if (path.length() > 0) {
            svg.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", color, path));
        }
        svg.append(dots);
    }

    private static void bars(StringBuilder svg, Plot plot, List<Point> points, String color, int index, int count) {
        double group = plot.slot() * 0.8;
        double width = group / count;
        for (Point p : points) {
            if (Double.isNaN(p.value()) || Double.isInfinite(p.value())) {
                continue;
            }
            double x = plot.x(plot.xs.indexOf(p.x())) - group / 2 + index * width;
            double y = plot.y(Math.max(0, p.value()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>%n",
                    x, y, Math.max(1, width - 2), TOP + plot.height - y, color, Markup.escape(p.x()), label(p.value())));
        }
    }

    private static void legend(StringBuilder svg, int index, String name, String color) {
        double x = WIDTH - RIGHT + 16;
        double y = TOP + 10 + index * 20;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", x, y - 10, color));
        svg.append(text(x + 18, y, "start", "", name));
    }

    private static String text(double x, double y, String anchor, String attributes, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>%n", x, y, anchor, attributes,
                Markup.escape(content));
    }

    private static String label(double value) {
        if (value != 0 && Math.abs(value) < 10) {
            return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
        }
        return Markup.number(Math.round(value * 10) / 10.0);
    }

    /** Maps categories and values to pixels. */
    private static final class Plot {
        final List<String> xs;
        final double top;
        final double width = WIDTH - LEFT - RIGHT;
        final double height = HEIGHT - TOP - BOTTOM;

        Plot(List<String> xs, double top) {
            this.xs = xs;
            this.top = top;
        }

        double slot() {
            return width / Math.max(1, xs.size());
        }

        double x(int index) {
            return LEFT + slot() * (index + 0.5);
        }

        double y(double value) {
            return TOP + height - value / top * height;
        }
    }
}
