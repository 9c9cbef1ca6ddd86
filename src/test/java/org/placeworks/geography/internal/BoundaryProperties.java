package org.placeworks.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * GeoJSON boundaries: any convex ring a map could draw is accepted, holds its own middle and corners and
 * nothing beyond its edges; a ring with two corners swapped crosses itself; and no text of any shape makes
 * the reading throw.
 */
class BoundaryProperties {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final PlaceRules rules = rules();

    static PlaceRules rules() {
        PlaceRules rules = new PlaceRules();
        rules.json = JSON;
        return rules;
    }

    /** A convex ring of n corners round a centre, as [longitude, latitude] pairs, closed. */
    record Ring(double cx, double cy, double radius, List<double[]> corners) {
        ArrayNode json() {
            ArrayNode ring = NODES.arrayNode();
            for (double[] c : corners) {
                ring.add(NODES.arrayNode().add(c[0]).add(c[1]));
            }
            ring.add(NODES.arrayNode().add(corners.get(0)[0]).add(corners.get(0)[1]));
            return ring;
        }

        String polygon() {
            return "{\"type\":\"Polygon\",\"coordinates\":[" + json() + "]}";
        }
    }

    @Property
    void aConvexRingIsAcceptedAsPolygonFeatureAndMultiPolygon(@ForAll("convexRings") Ring ring) {
        assertThat(rules.geometry(ring.polygon())).isPresent();
        assertThat(rules.geometry("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + ring.polygon() + "}")).isPresent();
        assertThat(rules.geometry("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + ring.json() + "]]}")).isPresent();
        assertThat(rules.crossesItself(rules.geometry(ring.polygon()).orElseThrow())).isFalse();
    }

    @Property
    void aConvexRingHoldsItsMiddleAndItsCornersAndNothingFarOutside(@ForAll("convexRings") Ring ring,
            @ForAll @IntRange(min = 0, max = 359) int bearing) {
        BoundaryShape shape = BoundaryShape.of(rules.geometry(ring.polygon()).orElseThrow());
        assertThat(shape.contains(ring.cx(), ring.cy())).isTrue();
        for (double[] corner : ring.corners()) {
            assertThat(shape.contains(corner[0], corner[1])).isTrue();
        }
        double angle = Math.toRadians(bearing);
        double far = ring.radius() * 1.5;
        assertThat(shape.contains(ring.cx() + far * Math.cos(angle), ring.cy() + far * Math.sin(angle))).isFalse();
    }

    @Property
    void swappingTwoNeighbouringCornersMakesTheRingCrossItself(@ForAll("convexRings") Ring ring, @ForAll @IntRange(min = 0, max = 100) int at) {
        List<double[]> corners = new ArrayList<>(ring.corners());
        int i = at % corners.size();
        Collections.swap(corners, i, (i + 1) % corners.size());
        Ring swapped = new Ring(ring.cx(), ring.cy(), ring.radius(), corners);
        JsonNode geometry = rules.geometry(swapped.polygon()).orElseThrow();
        assertThat(rules.crossesItself(geometry)).as(swapped.polygon()).isTrue();
    }

    @Property
    void noTextOfAnyShapeMakesReadingThrow(@ForAll("geoJsonish") String text) {
        rules.geometry(text).ifPresent(geometry -> {
            rules.crossesItself(geometry);
            BoundaryShape.of(geometry).contains(0, 0);
        });
        try {
            BoundaryShape.of(JSON.readTree(text)).contains(1, 1);
        } catch (java.io.IOException notJson) {
            // only the reading of the text may refuse it
        }
    }

    @Provide
    Arbitrary<Ring> convexRings() {
        return Arbitraries.integers().between(4, 12).flatMap(n -> Arbitraries.doubles().between(-170, 170).ofScale(6).flatMap(cx ->
                Arbitraries.doubles().between(-80, 80).ofScale(6).flatMap(cy -> Arbitraries.doubles().between(0.0005, 5).ofScale(6).map(radius -> {
                    List<double[]> corners = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        double angle = 2 * Math.PI * k / n;
                        corners.add(new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
                    }
                    return new Ring(cx, cy, radius, corners);
                }))));
    }

    /** Text that is nearly a boundary: GeoJSON's words and brackets, numbers and junk in any order. */
    @Provide
    Arbitrary<String> geoJsonish() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"type\"", "\"Polygon\"", "\"MultiPolygon\"",
                "\"Feature\"", "\"geometry\"", "\"coordinates\"", "0", "1", "-1.5", "1e999", "181", "null", "true", "\"x\"", "[0,0]",
                "[[0,0],[1,0],[1,1],[0,0]]", "[[[0,0],[1,0],[1,1],[0,0]]]");
        Arbitrary<String> shaped = Arbitraries.of("Polygon", "MultiPolygon", "Feature").flatMap(type ->
                token.list().ofMaxSize(12).map(parts -> "{\"type\":\"" + type + "\",\"coordinates\":" + String.join("", parts)
                        + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + String.join(",", parts) + "}}"));
        return Arbitraries.oneOf(token.list().ofMaxSize(30).map(parts -> String.join("", parts)), shaped,
                Arbitraries.strings().all().ofMaxLength(40), Arbitraries.just("[".repeat(5000)));
    }
}
