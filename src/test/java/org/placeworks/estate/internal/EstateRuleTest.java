package org.placeworks.estate.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.internal.EstateRule.Sight;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Coverage;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.StaffFacts.ServiceGround;
import org.placeworks.organisation.Strand;

/** Who sees and changes an estate record owned by a service at a place, as plain values. */
class EstateRuleTest {

    private static final UUID ESTATE_TEAM = UUID.randomUUID();
    private static final UUID STREET_SCENE = UUID.randomUUID();
    private static final UUID FAMILY_SUPPORT = UUID.randomUUID();
    private static final UUID RIVERSIDE = UUID.randomUUID();
    private static final UUID MARKET_PLACE = UUID.randomUUID();
    private static final UUID MILLBROOK = UUID.randomUUID();

    private static final AddressView ON_THE_ESTATE = EstateGate.place(RIVERSIDE, MILLBROOK);
    private static final AddressView IN_MARKET_PLACE = EstateGate.place(MARKET_PLACE, null);

    private static final ServiceGround ESTATE_TEAM_GROUND = new ServiceGround(ESTATE_TEAM, Set.of(Strand.ESTATE_SERVICES),
            new Coverage(Set.of(), Set.of(MILLBROOK), false));
    private static final ServiceGround STREET_SCENE_GROUND = new ServiceGround(STREET_SCENE, Set.of(Strand.ESTATE_SERVICES),
            new Coverage(Set.of(RIVERSIDE, MARKET_PLACE), Set.of(), false));
    private static final ServiceGround FAMILY_SUPPORT_GROUND = new ServiceGround(FAMILY_SUPPORT, Set.of(Strand.EARLY_INTERVENTION),
            new Coverage(Set.of(RIVERSIDE, MARKET_PLACE), Set.of(), false));

    @Test
    void anEstateOfficerOfTheOwningServiceSeesAndChangesIt() {
        assertEquals(Sight.CHANGE, EstateRule.decide(person(Roles.ESTATE_OFFICER, ESTATE_TEAM_GROUND), ESTATE_TEAM, ON_THE_ESTATE));
    }

    @Test
    void anEstateOfficerOfAnotherServiceDoesNotKnowOfIt() {
        // Street Scene's ground holds the place, but the record is the estate team's.
        assertEquals(Sight.NONE, EstateRule.decide(person(Roles.ESTATE_OFFICER, STREET_SCENE_GROUND), ESTATE_TEAM, ON_THE_ESTATE));
    }

    @Test
    void aManagerWhoseEstateServicesGroundHoldsThePlaceSeesButDoesNotChange() {
        StaffFacts manager = person(Roles.MANAGER, STREET_SCENE_GROUND);
        assertEquals(Sight.READ, EstateRule.decide(manager, ESTATE_TEAM, ON_THE_ESTATE));
        assertEquals(Sight.NONE, EstateRule.decide(manager, ESTATE_TEAM, EstateGate.place(UUID.randomUUID(), null)));
    }

    @Test
    void aManagerOfTheOwningServiceChangesIt() {
        assertEquals(Sight.CHANGE, EstateRule.decide(person(Roles.MANAGER, ESTATE_TEAM_GROUND), ESTATE_TEAM, IN_MARKET_PLACE));
    }

    @Test
    void groundOfAnotherStrandGivesAManagerNothing() {
        assertEquals(Sight.NONE, EstateRule.decide(person(Roles.MANAGER, FAMILY_SUPPORT_GROUND), ESTATE_TEAM, ON_THE_ESTATE));
    }

    @Test
    void aMemberWithoutAnEstateRoleALeaverAndAnAdministratorSeeNothing() {
        assertEquals(Sight.NONE, EstateRule.decide(person(Roles.FRONTLINE, ESTATE_TEAM_GROUND), ESTATE_TEAM, ON_THE_ESTATE));
        StaffFacts leaver = new StaffFacts(UUID.randomUUID(), "gone", null, Set.of(Roles.ESTATE_OFFICER), false, List.of(ESTATE_TEAM_GROUND));
        assertEquals(Sight.NONE, EstateRule.decide(leaver, ESTATE_TEAM, ON_THE_ESTATE));
        StaffFacts admin = new StaffFacts(UUID.randomUUID(), "admin", null, Set.of(Roles.ADMIN), true, List.of());
        assertEquals(Sight.NONE, EstateRule.decide(admin, ESTATE_TEAM, ON_THE_ESTATE));
        StaffFacts noRecord = new StaffFacts(null, "visitor", null, Set.of(Roles.ESTATE_OFFICER), false, List.of());
        assertEquals(Sight.NONE, EstateRule.decide(noRecord, ESTATE_TEAM, ON_THE_ESTATE));
    }

    @Test
    void theListFilterSaysTheSameAsTheRule() {
        EstateScope nobody = EstateScope.NOBODY;
        Map<String, Object> params = new HashMap<>();
        assertEquals("1 = 0", nobody.where("s", "n", "e", params));
        assertTrue(params.isEmpty());

        EstateScope manager = new EstateScope(Set.of(STREET_SCENE), Set.of(RIVERSIDE), Set.of());
        String where = manager.where("i.owning_service_id", "i.neighbourhood_id", "i.estate_id", params);
        assertEquals("(in_array(i.owning_service_id, :scopeServices) or in_array(i.neighbourhood_id, :scopeNeighbourhoods))",
                where);
        assertArrayEquals(new UUID[] {STREET_SCENE}, (UUID[]) params.get("scopeServices"));
        assertFalse(params.containsKey("scopeEstates"));
    }

    @Test
    void anOfficersListHoldsTheirServicesRecordsAndAManagersAlsoTheirGround() {
        EstateScope officer = EstateRule.scope(person(Roles.ESTATE_OFFICER, STREET_SCENE_GROUND));
        assertEquals(Set.of(STREET_SCENE), officer.services());
        assertTrue(officer.neighbourhoods().isEmpty());
        EstateScope manager = EstateRule.scope(person(Roles.MANAGER, STREET_SCENE_GROUND, FAMILY_SUPPORT_GROUND));
        assertEquals(Set.of(RIVERSIDE, MARKET_PLACE), manager.neighbourhoods());
        assertTrue(EstateRule.scope(person(Roles.FRONTLINE, ESTATE_TEAM_GROUND)).nobody());
    }

    private static StaffFacts person(String role, ServiceGround... services) {
        return new StaffFacts(UUID.randomUUID(), "someone", null, Set.of(role), true, List.of(services));
    }
}
