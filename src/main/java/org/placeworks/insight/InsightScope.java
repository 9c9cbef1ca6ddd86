package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.ServiceView;

/**
 * The ground a manager's figures cover: the neighbourhoods their services' boundaries hold (an
 * administrator: the whole place), from the one access policy. Every insight figure is grouped by these
 * neighbourhoods and nothing outside them is counted for this person.
 */
@RequestScoped
public class InsightScope {

    @Inject
    AccessPolicy access;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    CoveredNeighbourhoods covered;

    private List<InsightPlace> neighbourhoods;
    private Set<UUID> neighbourhoodIds;
    private List<ServiceView> servicesInScope;

    /** The visible neighbourhoods, by locality, ward and name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InsightPlace> neighbourhoods() {
        if (neighbourhoods == null) {
            neighbourhoods = covered.of(places.areas(), access.coverage());
        }
        return neighbourhoods;
    }

    public Set<UUID> neighbourhoodIds() {
        if (neighbourhoodIds == null) {
            neighbourhoodIds = neighbourhoods().stream().map(InsightPlace::id).collect(Collectors.toUnmodifiableSet());
        }
        return neighbourhoodIds;
    }

    public boolean sees(UUID neighbourhoodId) {
        return neighbourhoodIds().contains(neighbourhoodId);
    }

    /** Services that work somewhere in the manager's ground: the choices of the service filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> services() {
        if (servicesInScope == null) {
            Set<UUID> mine = neighbourhoodIds();
            Map<UUID, Coverage> coverages = services.coverages();
            servicesInScope = services.services().stream()
                    .filter(s -> {
                        Coverage c = coverages.get(s.id());
                        return c.everywhere() || c.neighbourhoods().stream().anyMatch(mine::contains);
                    })
                    .sorted(Comparator.comparing(ServiceView::name)).toList();
        }
        return servicesInScope;
    }

    /** Neighbourhoods grouped by ward, in order: what roll-ups add up. */
    public Map<UUID, List<InsightPlace>> byWard() {
        Map<UUID, List<InsightPlace>> wards = new LinkedHashMap<>();
        neighbourhoods().stream().filter(p -> p.wardId() != null)
                .forEach(p -> wards.computeIfAbsent(p.wardId(), k -> new java.util.ArrayList<>()).add(p));
        return wards;
    }
}
