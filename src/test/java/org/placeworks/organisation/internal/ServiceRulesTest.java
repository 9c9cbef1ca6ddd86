package org.placeworks.organisation.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.organisation.ServiceCommand;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.InvalidInput;

/**
 * The strand-delivery rule without a database: wherever a strand runs, the services delivering it
 * must already cover all of that ground, through neighbourhoods or the estate itself.
 */
class ServiceRulesTest {

    /** A town of two wards, two neighbourhoods each, and an estate straddling n2 and s1. */
    private static final UUID TOWN = UUID.randomUUID();
    private static final UUID NORTH = UUID.randomUUID();
    private static final UUID SOUTH = UUID.randomUUID();
    private static final UUID N1 = UUID.randomUUID();
    private static final UUID N2 = UUID.randomUUID();
    private static final UUID S1 = UUID.randomUUID();
    private static final UUID S2 = UUID.randomUUID();
    private static final UUID ESTATE = UUID.randomUUID();

    private static final Map<UUID, String> NAMES = Map.of(TOWN, "Town", NORTH, "North", SOUTH, "South",
            N1, "N1", N2, "N2", S1, "S1", S2, "S2", ESTATE, "The Estate");
    private static final Map<UUID, Set<UUID>> NEIGHBOURHOODS = Map.of(TOWN, Set.of(N1, N2, S1, S2),
            NORTH, Set.of(N1, N2), SOUTH, Set.of(S1, S2), N1, Set.of(N1), N2, Set.of(N2), S1, Set.of(S1), S2, Set.of(S2));

    private final ServiceRules rules = rules();

    @Test
    void aStrandRunningWhereItsServicesTogetherCoverTheGroundIsAllowed() {
        List<Service> services = List.of(service(Set.of(NORTH), Strand.EARLY_INTERVENTION),
                service(Set.of(SOUTH), Strand.EARLY_INTERVENTION));
        assertDoesNotThrow(() -> rules.checkDelivery(new StrandDelivery(Strand.EARLY_INTERVENTION, TOWN), services, "areaId"));
    }

    @Test
    void groundCoveredOnlyByAServiceOfAnotherStrandDoesNotCount() {
        List<Service> services = List.of(service(Set.of(NORTH), Strand.EARLY_INTERVENTION),
                service(Set.of(SOUTH), Strand.ESTATE_SERVICES));
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> rules.checkDelivery(new StrandDelivery(Strand.EARLY_INTERVENTION, TOWN), services, "areaId"));
        assertEquals(Set.of("areaId"), refused.errors().keySet());
        assertEquals("Early Intervention in Town would need a boundary no service delivering it has: S1, S2 would not be covered.",
                refused.errors().get("areaId"));
    }

    @Test
    void anEstateIsCoveredByItselfOrByAllTheNeighbourhoodsItStraddles() {
        StrandDelivery onTheEstate = new StrandDelivery(Strand.ESTATE_SERVICES, ESTATE);
        assertDoesNotThrow(() -> rules.checkDelivery(onTheEstate, List.of(service(Set.of(ESTATE), Strand.ESTATE_SERVICES)), "areaId"));
        assertDoesNotThrow(() -> rules.checkDelivery(onTheEstate, List.of(service(Set.of(N2, S1), Strand.ESTATE_SERVICES)), "areaId"));
        assertThrows(InvalidInput.class,
                () -> rules.checkDelivery(onTheEstate, List.of(service(Set.of(N2), Strand.ESTATE_SERVICES)), "areaId"));
    }

    @Test
    void aBoundaryChangeThatUncoversARunningStrandIsReportedAgainstTheBoundary() {
        List<StrandDelivery> running = List.of(new StrandDelivery(Strand.COMMUNITY_INTELLIGENCE, NORTH));
        assertDoesNotThrow(() -> rules.checkDeliveries(List.of(service(Set.of(TOWN), Strand.COMMUNITY_INTELLIGENCE)), running));
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> rules.checkDeliveries(List.of(service(Set.of(N1), Strand.COMMUNITY_INTELLIGENCE)), running));
        assertEquals("Community Intelligence in North would need a boundary no service delivering it has: N2 would not be covered.",
                refused.errors().get("boundary"));
    }

    @Test
    void aStrandNobodyDeliversCannotRunAnywhere() {
        assertThrows(InvalidInput.class,
                () -> rules.checkDelivery(new StrandDelivery(Strand.COMMUNITY_INTELLIGENCE, N1), List.of(), "areaId"));
    }

    private static Service service(Set<UUID> boundary, Strand... strands) {
        Service service = new Service(UUID.randomUUID());
        service.apply(new ServiceCommand("Service", UUID.randomUUID(), null, boundary, Set.of(strands), null));
        return service;
    }

    private static ServiceRules rules() {
        ServiceRules rules = new ServiceRules();
        rules.places = new FakePlaces();
        return rules;
    }

    /** Just enough of the area tree for the rule: coverage of a boundary, estates' neighbourhoods and names. */
    static class FakePlaces extends Places {
        @Override
        public Coverage coverageOf(Collection<UUID> boundary) {
            Set<UUID> neighbourhoods = new HashSet<>();
            Set<UUID> estates = new HashSet<>();
            for (UUID area : boundary) {
                if (area.equals(ESTATE)) {
                    estates.add(area);
                } else {
                    neighbourhoods.addAll(NEIGHBOURHOODS.get(area));
                }
            }
            return new Coverage(neighbourhoods, estates, false);
        }

        @Override
        public Function<UUID, Set<UUID>> estateNeighbourhoodLookup() {
            return estate -> estate.equals(ESTATE) ? Set.of(N2, S1) : Set.of();
        }

        @Override
        public Optional<AreaView> findArea(UUID id) {
            return Optional.ofNullable(NAMES.get(id)).map(name -> new AreaView(id, AreaKind.NEIGHBOURHOOD, "E01000000", 2021,
                    name, null, null, null, null, null, false, 0));
        }
    }
}
