package org.placeworks.geography.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored boundary (GeoJSON Polygon or MultiPolygon, positions as [longitude, latitude]) ready to
 * answer whether a point lies inside it. A point inside a hole is outside the area; a point exactly on
 * an edge (the outer edge or a hole's) belongs to the area, as a line drawn on a map belongs to both
 * sides. Coordinates are treated as a flat plane: at the size of a town the curve of the earth changes
 * nothing.
 */
public final class BoundaryShape {

    /** Each polygon as its rings: the outer ring first, then its holes; each ring as x (longitude) and y (latitude). */
    private final List<double[][][]> polygons;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private BoundaryShape(List<double[][][]> polygons) {
        this.polygons = polygons;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[][][] polygon : polygons) {
            double[][] outer = polygon[0];
            for (int i = 0; i < outer[0].length; i++) {
                x0 = Math.min(x0, outer[0][i]);
                x1 = Math.max(x1, outer[0][i]);
                y0 = Math.min(y0, outer[1][i]);
                y1 = Math.max(y1, outer[1][i]);
            }
        }
        this.minX = x0;
        this.minY = y0;
        this.maxX = x1;
        this.maxY = y1;
    }

    /** The shape of a Polygon or MultiPolygon geometry; an unreadable geometry is a shape holding nothing. */
    public static BoundaryShape of(JsonNode geometry) {
        List<double[][][]> polygons = new ArrayList<>();
        String type = geometry == null ? "" : geometry.path("type").asText();
        JsonNode coordinates = geometry == null ? null : geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            polygon(coordinates).ifPresent(polygons::add);
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode polygon : coordinates) {
                polygon(polygon).ifPresent(polygons::add);
            }
        }
        return new BoundaryShape(List.copyOf(polygons));
    }

    private static java.util.Optional<double[][][]> polygon(JsonNode rings) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<double[][]> read = new ArrayList<>();
        for (JsonNode ring : rings) {
            double[][] r = ring(ring);
            if (r == null) {
                if (read.isEmpty()) {
                    return java.util.Optional.empty(); // no outer ring: the polygon encloses nothing
                }
                continue;
            }
            read.add(r);
        }
        return java.util.Optional.of(read.toArray(new double[0][][]));
    }

    /** A ring as two arrays (x, y); null when it has fewer than three corners. */
    private static double[][] ring(JsonNode ring) {
        if (ring == null || !ring.isArray() || ring.size() < 3) {
            return null;
        }
        double[] x = new double[ring.size()];
        double[] y = new double[ring.size()];
        int n = 0;
        for (JsonNode position : ring) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                return null;
            }
            x[n] = position.get(0).asDouble();
            y[n] = position.get(1).asDouble();
            n++;
        }
        if (x[0] != x[n - 1] || y[0] != y[n - 1]) {
            // GeoJSON rings repeat their first corner at the end; close one that does not.
            x = java.util.Arrays.copyOf(x, n + 1);
            y = java.util.Arrays.copyOf(y, n + 1);
            x[n] = x[0];
            y[n] = y[0];
        }
        return new double[][] {x, y};
    }

    /** Whether the shape holds anything at all. */
    public boolean isEmpty() {
        return polygons.isEmpty();
    }

    /** Whether the point (longitude, latitude) lies inside the shape or on its edge, and not inside a hole. */
    public boolean contains(double longitude, double latitude) {
        if (Double.isNaN(longitude) || Double.isNaN(latitude) || longitude < minX || longitude > maxX
                || latitude < minY || latitude > maxY) {
            return false;
        }
        for (double[][][] polygon : polygons) {
            if (inPolygon(polygon, longitude, latitude)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inPolygon(double[][][] rings, double px, double py) {
        int outer = where(rings[0], px, py);
        if (outer == OUTSIDE) {
            return false;
        }
        if (outer == ON_EDGE) {
            return true;
        }
        for (int h = 1; h < rings.length; h++) {
            int hole = where(rings[h], px, py);
            if (hole == INSIDE) {
                return false;
            }
            if (hole == ON_EDGE) {
                return true;
            }
        }
        return true;
    }

    private static final int OUTSIDE = 0;
    private static final int INSIDE = 1;
    private static final int ON_EDGE = 2;

    /** Where a point is with respect to one closed ring: the even-odd rule, with the edge itself checked first. */
    private static int where(double[][] ring, double px, double py) {
        double[] x = ring[0];
        double[] y = ring[1];
        boolean inside = false;
        for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
            if (onSegment(x[j], y[j], x[i], y[i], px, py)) {
                return ON_EDGE;
            }
            // The edge counts when it straddles the horizontal line through the point (one end strictly above),
            // and the crossing lies to the right of the point.
            if ((y[i] > py) != (y[j] > py)) {
                double crossX = x[j] + (py - y[j]) * (x[i] - x[j]) / (y[i] - y[j]);
                if (px < crossX) {
                    inside = !inside;
                }
            }
        }
        return inside ? INSIDE : OUTSIDE;
    }

    private static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
        if (px < Math.min(ax, bx) || px > Math.max(ax, bx) || py < Math.min(ay, by) || py > Math.max(ay, by)) {
            return false;
        }
        double cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        double scale = Math.max(Math.abs(bx - ax), Math.abs(by - ay));
        return Math.abs(cross) <= 1e-12 * Math.max(scale, 1e-9);
    }
}
