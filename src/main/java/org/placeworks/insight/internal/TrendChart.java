package org.placeworks.insight.internal;

import static org.placeworks.shared.web.HtmlText.escape;
import static org.placeworks.insight.internal.ChoroplethMap.number;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small line chart of monthly figures, drawn on the server as SVG: axes, gridlines, the months, and
 * one line per series told apart by its dashes and marker shape as well as its colour. A month whose
 * figure is hidden (fewer than 5) breaks the line and shows a hollow marker on the axis: its value never
 * reaches the drawing. The figures themselves are in the data table beside the chart.
 */
public final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 56;
    static final int BOTTOM = 52;

    /** Each series' colour, dash pattern (none: solid) and marker: never colour alone. */
    private static final String[][] STYLES = {{"#1d70b8", "", "circle"}, {"#0b0c0c", "6 4", "square"}};

    /** One line: its name and a value a month, null where the month's figure is hidden. */
    public record Series(String name, List<Double> values) {
    }

    private TrendChart() {
    }

    /** Draws at most two series over the months; each series holds one value (or null) per month. */
    public static String draw(String id, String title, List<YearMonth> months, List<Series> series) {
        if (series.size() > STYLES.length) {
            throw new IllegalArgumentException("At most " + STYLES.length + " series");
        }
        for (Series s : series) {
            if (s.values().size() != months.size()) {
                throw new IllegalArgumentException(s.name() + " needs one value a month");
            }
        }
        double top = niceTop(series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0));
        double step = top / 4;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = months.isEmpty() ? plotWidth : plotWidth / months.size();

        StringBuilder svg = new StringBuilder();
        String titleId = id + "-title";
        String descId = id + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" class=\"placeworks-chart\" id=\"").append(escape(id)).append("\" font-family=\"Arial, sans-serif\"")
                .append(" font-size=\"13\">");
        svg.append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(description(months, series))).append("</desc>");

        // the key, above the plot
        double keyX = LEFT;
        for (int s = 0; s < series.size(); s++) {
            String[] style = STYLES[s];
            svg.append("<line x1=\"").append(number(keyX)).append("\" y1=\"18\" x2=\"").append(number(keyX + 30))
                    .append("\" y2=\"18\" stroke=\"").append(style[0]).append("\" stroke-width=\"2.5\"")
                    .append(style[1].isEmpty() ? "" : " stroke-dasharray=\"" + style[1] + "\"").append("/>");
            svg.append(marker(style, keyX + 15, 18, true));
            svg.append("<text x=\"").append(number(keyX + 38)).append("\" y=\"22\" fill=\"#0b0c0c\">").append(escape(series.get(s).name()))
                    .append("</text>");
            keyX += 60 + series.get(s).name().length() * 7.5;
        }
        svg.append(marker(STYLES[0], LEFT + 15, 40, false));
        svg.append("<text x=\"").append(LEFT + 38).append("\" y=\"44\" fill=\"#0b0c0c\">")
                .append("Hollow marker on the axis: fewer than 5 that month, not drawn</text>");

        // the value axis, with gridlines
        for (int i = 0; i <= 4; i++) {
            double value = step * i;
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(number(y)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(number(y)).append("\" stroke=\"").append(i == 0 ? "#0b0c0c" : "#b1b4b6")
                    .append("\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(number(y + 4)).append("\" text-anchor=\"end\" fill=\"#0b0c0c\">")
                    .append(axisLabel(value)).append("</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(TOP + plotHeight).append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");

        // the months
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            double x = LEFT + slot * (m + 0.5);
            svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(TOP + plotHeight + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">")
                    .append(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)).append("</text>");
            if (m == 0 || month.getMonthValue() == 1) {
                svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(TOP + plotHeight + 36)
                        .append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">").append(month.getYear()).append("</text>");
            }
        }

        // the lines: a run of shown months is one polyline; a hidden month breaks it
        for (int s = 0; s < series.size(); s++) {
            String[] style = STYLES[s];
            List<Double> values = series.get(s).values();
            svg.append("<g class=\"placeworks-chart__series\" data-series=\"").append(escape(series.get(s).name())).append("\">");
            List<String> run = new ArrayList<>();
            for (int m = 0; m <= values.size(); m++) {
                Double value = m < values.size() ? values.get(m) : null;
                if (value != null) {
                    run.add(number(LEFT + slot * (m + 0.5)) + "," + number(TOP + plotHeight - plotHeight * value / top));
                } else {
                    if (run.size() > 1) {
                        svg.append("<polyline fill=\"none\" stroke=\"").append(style[0]).append("\" stroke-width=\"2.5\"")
                                .append(style[1].isEmpty() ? "" : " stroke-dasharray=\"" + style[1] + "\"").append(" points=\"")
                                .append(String.join(" ", run)).append("\"/>");
                    }
                    run.clear();
                }
            }
            for (int m = 0; m < values.size(); m++) {
                double x = LEFT + slot * (m + 0.5);
                Double value = values.get(m);
                String label = series.get(s).name() + ", " + label(months.get(m)) + ": "
                        + (value == null ? "fewer than 5" : axisLabel(value));
                double y = value == null ? TOP + plotHeight - 6 - 10 * s : TOP + plotHeight - plotHeight * value / top;
                svg.append("<g class=\"placeworks-chart__point\" data-month=\"").append(months.get(m)).append("\" data-hidden=\"")
                        .append(value == null).append("\"><title>").append(escape(label)).append("</title>")
                        .append(marker(style, x, y, value != null)).append("</g>");
            }
            svg.append("</g>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String marker(String[] style, double x, double y, boolean filled) {
        String fill = filled ? style[0] : "#ffffff";
        if (style[2].equals("circle")) {
            return "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"4\" fill=\"" + fill + "\" stroke=\"" + style[0]
                    + "\" stroke-width=\"2\"/>";
        }
        return "<rect x=\"" + number(x - 4) + "\" y=\"" + number(y - 4) + "\" width=\"8\" height=\"8\" fill=\"" + fill + "\" stroke=\""
                + style[0] + "\" stroke-width=\"2\"/>";
    }

    /** The top of the value axis: a round number at or above the largest value, in four equal steps. */
    static double niceTop(double max) {
        if (max <= 0) {
            return 4;
        }
        double rough = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            double step = factor * magnitude;
            if (step >= rough && (step >= 1 || factor * magnitude * 4 >= max)) {
                return Math.max(step, 1) * 4;
            }
        }
        return 10 * magnitude * 4;
    }

    private static String axisLabel(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value) : String.format(Locale.UK, "%,.1f", value);
    }

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    private static String description(List<YearMonth> months, List<Series> series) {
        if (months.isEmpty()) {
            return "No months to show.";
        }
        return String.join(" and ", series.stream().map(Series::name).toList()) + " each month from " + label(months.get(0)) + " to "
                + label(months.get(months.size() - 1)) + ". Months with fewer than 5 are not drawn. The table gives every month's figure.";
    }
}
