package org.placeworks.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Coverage;

/**
 * The boundary rules the access policy applies, as plain values: an address is inside a boundary
 * when its neighbourhood or its estate is; administrators see everywhere, leavers nowhere.
 */
class CoverageRulesTest {

    private static final UUID RIVERSIDE = UUID.randomUUID();
    private static final UUID MILL_LANE = UUID.randomUUID();
    private static final UUID MARKET_PLACE = UUID.randomUUID();
    private static final UUID MILLBROOK = UUID.randomUUID();
    private static final Function<UUID, Set<UUID>> STRADDLES = e -> e.equals(MILLBROOK) ? Set.of(MILL_LANE, RIVERSIDE) : Set.of();

    private final AddressView onTheEstateInRiverside = address(RIVERSIDE, MILLBROOK);
    private final AddressView offTheEstateInRiverside = address(RIVERSIDE, null);
    private final AddressView inMarketPlace = address(MARKET_PLACE, null);

    @Test
    void aNeighbourhoodBoundaryCoversEveryAddressInIt() {
        Coverage southbank = new Coverage(Set.of(RIVERSIDE), Set.of(), false);
        assertTrue(southbank.covers(onTheEstateInRiverside));
        assertTrue(southbank.covers(offTheEstateInRiverside));
        assertFalse(southbank.covers(inMarketPlace));
    }

    @Test
    void anEstateBoundaryCoversOnlyAddressesOnTheEstate() {
        Coverage estateTeam = new Coverage(Set.of(), Set.of(MILLBROOK), false);
        assertTrue(estateTeam.covers(onTheEstateInRiverside));
        assertFalse(estateTeam.covers(offTheEstateInRiverside));
        assertFalse(estateTeam.covers(inMarketPlace));
    }

    @Test
    void administratorsSeeEverywhereAndLeaversNowhere() {
        assertTrue(Coverage.EVERYWHERE.covers(inMarketPlace));
        assertFalse(Coverage.NOWHERE.covers(inMarketPlace));
        assertFalse(Coverage.NOWHERE.covers(onTheEstateInRiverside));
    }

    @Test
    void severalServicesBoundariesAddUp() {
        Coverage both = new Coverage(Set.of(MARKET_PLACE), Set.of(), false).plus(new Coverage(Set.of(), Set.of(MILLBROOK), false));
        assertTrue(both.covers(inMarketPlace));
        assertTrue(both.covers(onTheEstateInRiverside));
        assertFalse(both.covers(offTheEstateInRiverside));
        assertEquals(Coverage.EVERYWHERE, both.plus(Coverage.EVERYWHERE));
        assertEquals(both, both.plus(Coverage.NOWHERE));
    }

    @Test
    void anEstateIsIncludedWhenAllTheNeighbourhoodsItStraddlesAre() {
        Coverage estate = new Coverage(Set.of(), Set.of(MILLBROOK), false);
        assertTrue(new Coverage(Set.of(MILL_LANE, RIVERSIDE), Set.of(), false).includes(estate, STRADDLES));
        assertFalse(new Coverage(Set.of(RIVERSIDE), Set.of(), false).includes(estate, STRADDLES));
        assertTrue(estate.includes(estate, STRADDLES));
        assertFalse(estate.includes(new Coverage(Set.of(RIVERSIDE), Set.of(), false), STRADDLES));
        assertTrue(Coverage.EVERYWHERE.includes(estate, STRADDLES));
        assertFalse(estate.includes(Coverage.EVERYWHERE, STRADDLES));
    }

    private static AddressView address(UUID neighbourhood, UUID estate) {
        return new AddressView(UUID.randomUUID(), 100090000001L, "1 Test Street", null, "Thornbury", "TB1 1AA",
                neighbourhood, "Neighbourhood", estate, estate == null ? null : "Millbrook Estate", 0);
    }
}
