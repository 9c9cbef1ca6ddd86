package org.placeworks.geography;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Placing a point on the map in the demo town's boundaries, and following a boundary when it changes. */
@QuarkusTest
class LocateTest {

    @Inject
    Places places;

    @Test
    void aPointOnTheEstateIsPlacedInTheEstateAndTheNeighbourhoodAroundIt() {
        Placement riverside = places.locate(52.4670, -1.1350).orElseThrow();
        assertThat(riverside.estateName()).isEqualTo("Millbrook Estate");
        assertThat(riverside.neighbourhoodName()).isEqualTo("Riverside");
        // The estate straddles the line between Riverside and Mill Lane, as its addresses do.
        Placement millLane = places.locate(52.4712, -1.1335).orElseThrow();
        assertThat(millLane.estateName()).isEqualTo("Millbrook Estate");
        assertThat(millLane.neighbourhoodName()).isEqualTo("Mill Lane");
    }

    @Test
    void aPointOffTheEstateHasOnlyItsNeighbourhood() {
        Placement castleHill = places.locate(52.4720, -1.1650).orElseThrow();
        assertThat(castleHill.neighbourhoodName()).isEqualTo("Castle Hill");
        assertThat(castleHill.estateId()).isNull();
        // In the notch of the estate's L: Mill Lane, not the estate.
        Placement notch = places.locate(52.4715, -1.1370).orElseThrow();
        assertThat(notch.neighbourhoodName()).isEqualTo("Mill Lane");
        assertThat(notch.estateId()).isNull();
    }

    @Test
    void aPointOutsideEveryBoundaryIsNotPlaced() {
        assertThat(places.locate(51.5007, -0.1246)).isEmpty();
        // Latitude and longitude the wrong way round land in the sea off Somalia, not in the town.
        assertThat(places.locate(-1.1350, 52.4670)).isEmpty();
    }

    @Test
    void aChangedBoundaryIsFollowedAtOnce() {
        AreaView ward = places.findAreaByCode("E05000901").orElseThrow();
        AreaView skerry = places.createArea(new AreaCommand(AreaKind.NEIGHBOURHOOD, PlaceFixtures.code('E'), 2021,
                "Locate Test Skerry", ward.id(), 5, 100, 20, null));
        places.setBoundary(skerry.id(), "{\"type\":\"Polygon\",\"coordinates\":[[[-2.10,60.10],[-2.00,60.10],[-2.00,60.20],"
                + "[-2.10,60.20],[-2.10,60.10]]]}");
        assertThat(places.locate(60.15, -2.05)).get().extracting(Placement::neighbourhoodName).isEqualTo("Locate Test Skerry");

        places.setBoundary(skerry.id(), "{\"type\":\"Polygon\",\"coordinates\":[[[-2.10,60.30],[-2.00,60.30],[-2.00,60.40],"
                + "[-2.10,60.40],[-2.10,60.30]]]}");
        assertThat(places.locate(60.15, -2.05)).isEmpty();
        assertThat(places.locate(60.35, -2.05)).get().extracting(Placement::neighbourhoodId).isEqualTo(skerry.id());

        places.setBoundary(skerry.id(), null);
        assertThat(places.locate(60.35, -2.05)).isEmpty();
    }
}
