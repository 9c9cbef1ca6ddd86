package org.placeworks.geography.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rings of a boundary polygon, checked as a map would draw them: a ring whose edges cross
 * (a figure of eight, or points typed in the wrong order) encloses no clear area, so no address
 * can be said to lie inside it.
 */
final class Rings {

    private Rings() {
    }

    /** Whether any ring of a valid Polygon or MultiPolygon geometry crosses itself. */
    static boolean anyCrossesItself(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asText())) {
            return polygonCrosses(coordinates);
        }
        for (JsonNode polygon : coordinates) {
            if (polygonCrosses(polygon)) {
                return true;
            }
        }
        return false;
    }

    private static boolean polygonCrosses(JsonNode rings) {
        for (JsonNode ring : rings) {
            if (crossesItself(ring)) {
                return true;
            }
        }
        return false;
    }

    /** A closed ring of n positions has n - 1 edges; edges next to each other share a corner and do not count. */
    static boolean crossesItself(JsonNode ring) {
        double[] x = new double[ring.size()];
        double[] y = new double[ring.size()];
        int n = 0;
        for (JsonNode position : ring) {
            double px = position.get(0).asDouble();
            double py = position.get(1).asDouble();
            if (n == 0 || px != x[n - 1] || py != y[n - 1]) {
                // A corner repeated by the drawing tool is one corner.
                x[n] = px;
                y[n] = py;
                n++;
            }
        }
        int edges = n - 1;
        for (int i = 0; i < edges; i++) {
            for (int j = i + 1; j < edges; j++) {
                boolean neighbours = j == i + 1 || (i == 0 && j == edges - 1);
                if (neighbours ? overlapping(x, y, i, j) : touching(x, y, i, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Edges i and j meet anywhere (cross, touch or overlap). */
    private static boolean touching(double[] x, double[] y, int i, int j) {
        double d1 = side(x[j], y[j], x[j + 1], y[j + 1], x[i], y[i]);
        double d2 = side(x[j], y[j], x[j + 1], y[j + 1], x[i + 1], y[i + 1]);
        double d3 = side(x[i], y[i], x[i + 1], y[i + 1], x[j], y[j]);
        double d4 = side(x[i], y[i], x[i + 1], y[i + 1], x[j + 1], y[j + 1]);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && within(x, y, j, x[i], y[i])) || (d2 == 0 && within(x, y, j, x[i + 1], y[i + 1]))
                || (d3 == 0 && within(x, y, i, x[j], y[j])) || (d4 == 0 && within(x, y, i, x[j + 1], y[j + 1]));
    }

    /** Neighbouring edges share one corner; they only go wrong when one doubles back along the other. */
    private static boolean overlapping(double[] x, double[] y, int i, int j) {
        int shared = j == i + 1 ? j : i;
        int a = j == i + 1 ? i : j;
        int b = j == i + 1 ? j + 1 : i + 1;
        if (side(x[a], y[a], x[shared], y[shared], x[b], y[b]) != 0) {
            return false;
        }
        // Collinear: they overlap when both far ends lie on the same side of the shared corner.
        double dot = (x[a] - x[shared]) * (x[b] - x[shared]) + (y[a] - y[shared]) * (y[b] - y[shared]);
        return dot > 0;
    }

    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return Math.signum((bx - ax) * (py - ay) - (by - ay) * (px - ax));
    }

    /** Whether a point known to be on the line of edge k lies on the edge itself. */
    private static boolean within(double[] x, double[] y, int k, double px, double py) {
        return px >= Math.min(x[k], x[k + 1]) && px <= Math.max(x[k], x[k + 1])
                && py >= Math.min(y[k], y[k + 1]) && py <= Math.max(y[k], y[k + 1]);
    }
}
