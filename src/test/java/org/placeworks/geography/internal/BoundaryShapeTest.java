package org.placeworks.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Whether a point lies inside a stored boundary: positions are [longitude, latitude], holes are outside. */
class BoundaryShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A square from (0,0) to (10,10) with a square hole from (4,4) to (6,6). */
    private static final String SQUARE_WITH_HOLE = """
            {"type":"Polygon","coordinates":[
              [[0,0],[10,0],[10,10],[0,10],[0,0]],
              [[4,4],[4,6],[6,6],[6,4],[4,4]]]}""";

    private static BoundaryShape shape(String geoJson) throws Exception {
        return BoundaryShape.of(JSON.readTree(geoJson));
    }

    @Test
    void aPointInsideIsInsideAndOneOutsideIsNot() throws Exception {
        BoundaryShape square = shape(SQUARE_WITH_HOLE);
        assertThat(square.contains(2, 2)).isTrue();
        assertThat(square.contains(9.5, 0.5)).isTrue();
        assertThat(square.contains(11, 5)).isFalse();
        assertThat(square.contains(5, -0.001)).isFalse();
        assertThat(square.contains(-3, -3)).isFalse();
    }

    @Test
    void aPointInAHoleIsOutside() throws Exception {
        BoundaryShape square = shape(SQUARE_WITH_HOLE);
        assertThat(square.contains(5, 5)).isFalse();
        assertThat(square.contains(4.01, 5.99)).isFalse();
        assertThat(square.contains(3.99, 5)).isTrue();
    }

    @Test
    void aPointOnAnEdgeOrCornerBelongsToTheArea() throws Exception {
        BoundaryShape square = shape(SQUARE_WITH_HOLE);
        assertThat(square.contains(0, 5)).isTrue();
        assertThat(square.contains(10, 10)).isTrue();
        assertThat(square.contains(5, 0)).isTrue();
        // The edge of the hole is the area's edge too.
        assertThat(square.contains(4, 5)).isTrue();
        assertThat(square.contains(6, 6)).isTrue();
    }

    @Test
    void positionsAreLongitudeThenLatitude() throws Exception {
        // A tall thin strip: 1 degree of longitude wide, 10 of latitude tall.
        BoundaryShape strip = shape("""
                {"type":"Polygon","coordinates":[[[-1.3,52.0],[-1.2,52.0],[-1.2,53.0],[-1.3,53.0],[-1.3,52.0]]]}""");
        assertThat(strip.contains(-1.25, 52.5)).isTrue();
        assertThat(strip.contains(52.5, -1.25)).isFalse();
    }

    @Test
    void aMultiPolygonHoldsAPointInAnyOfItsParts() throws Exception {
        BoundaryShape two = shape("""
                {"type":"MultiPolygon","coordinates":[
                  [[[0,0],[1,0],[1,1],[0,1],[0,0]]],
                  [[[5,5],[7,5],[7,7],[5,7],[5,5]],[[5.5,5.5],[5.5,6.5],[6.5,6.5],[6.5,5.5],[5.5,5.5]]]]}""");
        assertThat(two.contains(0.5, 0.5)).isTrue();
        assertThat(two.contains(5.2, 5.2)).isTrue();
        assertThat(two.contains(3, 3)).as("between the parts").isFalse();
        assertThat(two.contains(6, 6)).as("in the second part's hole").isFalse();
    }

    @Test
    void aConcaveShapeIsFollowedRoundItsNotch() throws Exception {
        // An L: the top right quarter of the square is cut away.
        BoundaryShape l = shape("""
                {"type":"Polygon","coordinates":[[[0,0],[10,0],[10,5],[5,5],[5,10],[0,10],[0,0]]]}""");
        assertThat(l.contains(2, 8)).isTrue();
        assertThat(l.contains(8, 2)).isTrue();
        assertThat(l.contains(8, 8)).isFalse();
        // A ray from this point passes exactly through the corner (5,5) and along the edge y=5.
        assertThat(l.contains(1, 5)).isTrue();
        assertThat(l.contains(7, 5)).as("on the notch's edge").isTrue();
        assertThat(l.contains(7, 5.0001)).isFalse();
    }

    @Test
    void aRayThroughAVertexCountsOnce() throws Exception {
        // A diamond: the horizontal ray from the centre runs through the right corner.
        BoundaryShape diamond = shape("""
                {"type":"Polygon","coordinates":[[[0,-1],[1,0],[0,1],[-1,0],[0,-1]]]}""");
        assertThat(diamond.contains(0, 0)).isTrue();
        assertThat(diamond.contains(-2, 0)).isFalse();
        assertThat(diamond.contains(0.9, 0.2)).isFalse();
    }

    @Test
    void anUnclosedRingIsClosedAndAnythingUnreadableHoldsNothing() throws Exception {
        assertThat(shape("""
                {"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4]]]}""").contains(2, 2)).isTrue();
        assertThat(shape("""
                {"type":"Polygon","coordinates":[]}""").isEmpty()).isTrue();
        assertThat(shape("""
                {"type":"Point","coordinates":[1,1]}""").contains(1, 1)).isFalse();
        assertThat(shape("""
                {"type":"Polygon","coordinates":[[[0,0],[4,0]]]}""").contains(1, 0)).isFalse();
        assertThat(shape(SQUARE_WITH_HOLE).contains(Double.NaN, 5)).isFalse();
    }

    @Test
    void placingAPointAmongDozensOfAreasIsQuick() throws Exception {
        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i < 400; i++) {
            double angle = 2 * Math.PI * i / 400;
            ring.append('[').append(Math.cos(angle)).append(',').append(Math.sin(angle)).append("],");
        }
        ring.append("[1.0,0.0]]");
        BoundaryShape circle = shape("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
        long start = System.nanoTime();
        int inside = 0;
        for (int i = 0; i < 50 * 1000; i++) {
            inside += circle.contains(0.1 + (i % 10) * 0.01, 0.2) ? 1 : 0;
        }
        assertThat(inside).isEqualTo(50 * 1000);
        // 50 areas of 400 corners each, a thousand times over, well inside a second even on a busy machine.
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
