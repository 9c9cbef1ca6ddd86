package org.placeworks.insight.internal;

import static org.placeworks.shared.web.HtmlText.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Neighbourhoods drawn as an inline SVG choropleth on the server: no tiles, no script, and it prints,
 * because every colour is an attribute rather than a style sheet. Boundaries are GeoJSON Polygons or
 * MultiPolygons in longitude and latitude (WGS 84), projected equirectangularly with the longitude
 * scaled by the cosine of the middle latitude: at the size of a town that keeps shapes true without a
 * map projection library. The figures shown fall into five classes of equal width between the smallest
 * and the largest, coloured from ColorBrewer's YlGnBu (safe for the common kinds of colour blindness and
 * in greyscale); a hidden figure is hatched and a missing one grey, so neither can be read as a value.
 */
public final class ChoroplethMap {

    /** ColorBrewer YlGnBu, 5 classes, lightest (smallest figures) to darkest. */
    public static final List<String> PALETTE = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
    /** A light grey for a neighbourhood with no data (no population to divide by, nothing recorded). */
    public static final String NO_DATA_FILL = "#e5e5e5";
    public static final String HIDDEN_LABEL = "Fewer than 5, or withheld so that a hidden figure cannot be worked out";
    public static final String NO_DATA_LABEL = "No data";

    static final int WIDTH = 640;
    static final int MAP_HEIGHT_LIMIT = 520;
    static final int MARGIN = 12;
    static final int LEGEND_ROW = 24;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a neighbourhood's figure is, for its fill. */
    public enum State {
        SHOWN, HIDDEN, NO_DATA
    }

    /**
     * One neighbourhood to draw: its name, the link to its detail, its stored boundary (null: not drawn), its
     * figure's value (only when {@link State#SHOWN}) and the figure as published ("12.3", "fewer than 5").
     */
    public record Region(String name, String href, String geoJson, State state, Double value, String text) {

        public Region {
            if (state == State.SHOWN && value == null) {
                throw new IllegalArgumentException("A shown figure needs its value");
            }
            if (state != State.SHOWN) {
                value = null; // a hidden figure never reaches the drawing
            }
        }
    }

    /** A class of the legend: figures from {@code from} up to {@code to} (the last class includes its top). */
    public record Band(String fill, double from, double to, String label) {
    }

    /** The SVG and its classes (also stated inside it, in the legend and the description). */
    public record Drawing(String svg, List<Band> bands, int drawn) {
    }

    private ChoroplethMap() {
    }

    /**
     * Draws the regions. {@code id} makes the SVG's element ids unique on the page; {@code measure} names
     * what is mapped ("Children on open cases per 1,000 children"); {@code format} writes a class break
     * the way the figures are written.
     */
    public static Drawing draw(String id, String measure, List<Region> regions, DoubleFunction<String> format) {
        List<Band> bands = bands(regions.stream().filter(r -> r.state() == State.SHOWN).mapToDouble(Region::value).toArray(), format);
        List<Shape> shapes = new ArrayList<>();
        for (Region region : regions) {
            List<List<double[]>> rings = rings(region.geoJson());
            if (!rings.isEmpty()) {
                shapes.add(new Shape(region, rings));
            }
        }
        Frame frame = Frame.fitting(shapes);
        int legendTop = frame.height() + MARGIN;
        int legendRows = 1 + bands.size() + 2;
        int height = legendTop + legendRows * LEGEND_ROW + MARGIN;

        String titleId = id + "-title";
        String descId = id + "-desc";
        String hatchId = id + "-hidden";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"group\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" class=\"placeworks-map\" id=\"").append(escape(id)).append("\">");
        svg.append("<title id=\"").append(titleId).append("\">Map: ").append(escape(measure)).append(" by neighbourhood</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(description(measure, regions, bands, shapes.size())))
                .append("</desc>");
        svg.append("<defs><pattern id=\"").append(hatchId).append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#505a5f\" stroke-width=\"3\"/></pattern></defs>");
        // A group, not an image: an image's contents are presentational, and these regions are links.
        svg.append("<g class=\"placeworks-map__areas\">");
        for (Shape shape : shapes) {
            Region region = shape.region();
            String label = region.name() + ": " + region.text();
            boolean link = region.href() != null;
            if (link) {
                svg.append("<a href=\"").append(escape(region.href())).append("\" aria-label=\"").append(escape(label)).append("\">");
            }
            svg.append("<path data-name=\"").append(escape(region.name())).append("\" d=\"").append(frame.path(shape.rings()))
                    .append("\" fill=\"").append(fill(region, bands, hatchId))
                    .append("\" fill-rule=\"evenodd\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"><title>").append(escape(label))
                    .append("</title></path>");
            if (link) {
                svg.append("</a>");
            }
        }
        svg.append("</g>");
        legend(svg, legendTop, measure, bands, hatchId);
        svg.append("</svg>");
        return new Drawing(svg.toString(), bands, shapes.size());
    }

    /**
     * Five classes of equal width from the smallest to the largest figure shown. When every figure is the
     * same there is one class; with none shown there are none.
     */
    static List<Band> bands(double[] values, DoubleFunction<String> format) {
        if (values.length == 0) {
            return List.of();
        }
        double min = java.util.Arrays.stream(values).min().orElseThrow();
        double max = java.util.Arrays.stream(values).max().orElseThrow();
        if (max == min) {
            return List.of(new Band(PALETTE.get(PALETTE.size() - 1), min, max, format.apply(min)));
        }
        int classes = PALETTE.size();
        double width = (max - min) / classes;
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            double from = min + i * width;
            double to = i == classes - 1 ? max : min + (i + 1) * width;
            String label = i == classes - 1 ? format.apply(from) + " to " + format.apply(to)
                    : format.apply(from) + " to under " + format.apply(to);
            bands.add(new Band(PALETTE.get(i), from, to, label));
        }
        return List.copyOf(bands);
    }

    /** The class a figure falls in: the last whose lower break it reaches. */
    static Band bandOf(double value, List<Band> bands) {
        Band found = bands.get(0);
        for (Band band : bands) {
            if (value >= band.from()) {
                found = band;
            }
        }
        return found;
    }

    private static String fill(Region region, List<Band> bands, String hatchId) {
        return switch (region.state()) {
            case SHOWN -> bandOf(region.value(), bands).fill();
            case HIDDEN -> "url(#" + hatchId + ")";
            case NO_DATA -> NO_DATA_FILL;
        };
    }

    private static void legend(StringBuilder svg, int top, String measure, List<Band> bands, String hatchId) {
        svg.append("<g class=\"placeworks-map__legend\" font-family=\"Arial, sans-serif\" font-size=\"14\" fill=\"#0b0c0c\">");
        int y = top;
        svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(y + 16).append("\" font-weight=\"bold\">")
                .append(escape(measure)).append(bands.size() > 1 ? " (5 classes of equal width)" : "").append("</text>");
        List<String[]> entries = new ArrayList<>();
        for (Band band : bands) {
            entries.add(new String[] {band.fill(), band.label()});
        }
        entries.add(new String[] {"url(#" + hatchId + ")", HIDDEN_LABEL});
        entries.add(new String[] {NO_DATA_FILL, NO_DATA_LABEL});
        for (String[] entry : entries) {
            y += LEGEND_ROW;
            svg.append("<rect class=\"placeworks-map__key\" x=\"").append(MARGIN).append("\" y=\"").append(y + 2)
                    .append("\" width=\"28\" height=\"18\" fill=\"").append(entry[0]).append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(MARGIN + 38).append("\" y=\"").append(y + 16).append("\">").append(escape(entry[1]))
                    .append("</text>");
        }
        svg.append("</g>");
    }

    /** The text alternative: what is mapped, the classes, and each neighbourhood's class in words. */
    private static String description(String measure, List<Region> regions, List<Band> bands, int drawn) {
        StringBuilder text = new StringBuilder();
        text.append(drawn).append(drawn == 1 ? " neighbourhood" : " neighbourhoods").append(" shaded by ")
                .append(measure.toLowerCase(Locale.ROOT)).append(". ");
        if (bands.size() > 1) {
            text.append("Five classes of equal width, lightest to darkest: ");
            text.append(String.join("; ", bands.stream().map(Band::label).toList())).append(". ");
        }
        text.append("Hatched: fewer than 5 or withheld. Grey: no data. ");
        List<String> each = new ArrayList<>();
        for (Region region : regions) {
            each.add(region.name() + " " + region.text() + (region.geoJson() == null ? " (no boundary, not drawn)" : ""));
        }
        text.append(String.join("; ", each)).append('.');
        return text.toString();
    }

    /** A region with its rings, each ring as [longitude, latitude] positions. */
    private record Shape(Region region, List<List<double[]>> rings) {
    }

    /** Every ring of a Polygon or MultiPolygon (or a Feature holding one); none when there is no readable boundary. */
    static List<List<double[]>> rings(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            return List.of();
        }
        JsonNode geometry;
        try {
            geometry = JSON.readTree(geoJson);
        } catch (java.io.IOException e) {
            return List.of();
        }
        if ("Feature".equals(geometry.path("type").asText())) {
            geometry = geometry.path("geometry");
        }
        List<List<double[]>> rings = new ArrayList<>();
        String type = geometry.path("type").asText();
        if ("Polygon".equals(type)) {
            polygon(geometry.path("coordinates"), rings);
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode polygon : geometry.path("coordinates")) {
                polygon(polygon, rings);
            }
        }
        return rings;
    }

    private static void polygon(JsonNode polygon, List<List<double[]>> rings) {
        for (JsonNode ring : polygon) {
            List<double[]> positions = new ArrayList<>();
            for (JsonNode position : ring) {
                if (position.size() >= 2 && position.get(0).isNumber() && position.get(1).isNumber()) {
                    positions.add(new double[] {position.get(0).asDouble(), position.get(1).asDouble()});
                }
            }
            if (positions.size() >= 3) {
                rings.add(positions);
            }
        }
    }

    /** The projection: longitude scaled by cos(middle latitude), fitted inside the margins, north up. */
    record Frame(double west, double north, double xScale, double scale, int height) {

        static Frame fitting(List<Shape> shapes) {
            double west = Double.POSITIVE_INFINITY;
            double east = Double.NEGATIVE_INFINITY;
            double south = Double.POSITIVE_INFINITY;
            double north = Double.NEGATIVE_INFINITY;
            for (Shape shape : shapes) {
                for (List<double[]> ring : shape.rings()) {
                    for (double[] p : ring) {
                        west = Math.min(west, p[0]);
                        east = Math.max(east, p[0]);
                        south = Math.min(south, p[1]);
                        north = Math.max(north, p[1]);
                    }
                }
            }
            if (shapes.isEmpty()) {
                return new Frame(0, 0, 1, 1, 2 * MARGIN);
            }
            double xScale = Math.cos(Math.toRadians((south + north) / 2));
            double spanX = Math.max((east - west) * xScale, 1e-9);
            double spanY = Math.max(north - south, 1e-9);
            double scale = Math.min((WIDTH - 2.0 * MARGIN) / spanX, (MAP_HEIGHT_LIMIT - 2.0 * MARGIN) / spanY);
            int height = (int) Math.ceil(spanY * scale + 2 * MARGIN);
            return new Frame(west, north, xScale, scale, height);
        }

        double x(double longitude) {
            return MARGIN + (longitude - west) * xScale * scale;
        }

        double y(double latitude) {
            return MARGIN + (north - latitude) * scale;
        }

        String path(List<List<double[]>> rings) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : rings) {
                for (int i = 0; i < ring.size(); i++) {
                    d.append(i == 0 ? "M" : "L").append(number(x(ring.get(i)[0]))).append(' ').append(number(y(ring.get(i)[1])));
                }
                d.append('Z');
            }
            return d.toString();
        }
    }

    /**
     * A coordinate to one decimal place, as {@code String.format("%.1f")} writes it (the double's decimal digits,
     * rounded half up; but 0.0, never -0.0), without the formatter's parsing of its pattern at each of a map's few
     * thousand coordinates (7% of the neighbourhood page's time at the large size).
     */
    static String number(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
