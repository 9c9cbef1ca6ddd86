package org.placeworks.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A boundary ring must go round its edge without crossing itself. */
class RingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSquareOrATriangleIsFine() throws Exception {
        assertThat(Rings.crossesItself(ring("[[0,0],[1,0],[1,1],[0,1],[0,0]]"))).isFalse();
        assertThat(Rings.crossesItself(ring("[[0,0],[1,0],[1,1],[0,0]]"))).isFalse();
    }

    @Test
    void aCornerRepeatedByTheDrawingToolIsFine() throws Exception {
        assertThat(Rings.crossesItself(ring("[[0,0],[1,0],[1,0],[1,1],[0,1],[0,0]]"))).isFalse();
    }

    @Test
    void aFigureOfEightCrossesItself() throws Exception {
        assertThat(Rings.crossesItself(ring("[[0,0],[1,1],[1,0],[0,1],[0,0]]"))).isTrue();
    }

    @Test
    void anEdgeThatDoublesBackOrTouchesAnotherCrossesItself() throws Exception {
        assertThat(Rings.crossesItself(ring("[[0,0],[2,0],[1,0],[1,1],[0,0]]"))).isTrue();
        assertThat(Rings.crossesItself(ring("[[0,0],[2,0],[2,2],[1,0],[0,2],[0,0]]"))).isTrue();
    }

    @Test
    void aMultiPolygonIsCheckedPartByPart() throws Exception {
        JsonNode multi = JSON.readTree("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],"
                + "[[[5,5],[6,6],[6,5],[5,6],[5,5]]]]}");
        assertThat(Rings.anyCrossesItself(multi)).isTrue();
    }

    private static JsonNode ring(String positions) throws Exception {
        return JSON.readTree(positions);
    }
}
