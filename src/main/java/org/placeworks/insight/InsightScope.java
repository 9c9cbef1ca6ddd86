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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
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

    private List<InsightPlace> neighbourhoods;
    private List<ServiceView> servicesInScope;

    /** The visible neighbourhoods, by locality, ward and name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InsightPlace> neighbourhoods() {
        if (neighbourhoods == null) {
            Coverage coverage = access.coverage();
            List<AreaView> areas = places.areas();
            Map<UUID, AreaView> byId = areas.stream().collect(Collectors.toMap(AreaView::id, Function.identity()));
            neighbourhoods = areas.stream().filter(a -> a.kind() == AreaKind.NEIGHBOURHOOD)
                    .filter(a -> coverage.everywhere() || coverage.neighbourhoods().contains(a.id()))
                    .map(a -> place(a, byId))
                    .sorted(Comparator.comparing((InsightPlace p) -> p.locality() == null ? "" : p.locality())
                            .thenComparing(p -> p.ward() == null ? "" : p.ward()).thenComparing(InsightPlace::name))
                    .toList();
        }
        return neighbourhoods;
    }

    public Set<UUID> neighbourhoodIds() {
        return neighbourhoods().stream().map(InsightPlace::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean sees(UUID neighbourhoodId) {
        return neighbourhoodIds().contains(neighbourhoodId);
    }

    /** Services that work somewhere in the manager's ground: the choices of the service filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> services() {
        if (servicesInScope == null) {
            Set<UUID> mine = neighbourhoodIds();
            List<ServiceView> all = services.services();
            // Every service's coverage from one read of the area tree: the statements do not grow with services.
            Map<UUID, Coverage> coverages = places.coveragesOf(all.stream()
                    .collect(Collectors.toMap(ServiceView::id, ServiceView::boundary)));
            servicesInScope = all.stream()
                    .filter(s -> {
                        Coverage c = coverages.get(s.id());
                        return c.everywhere() || c.neighbourhoods().stream().anyMatch(mine::contains);
                    })
                    .sorted(Comparator.comparing(ServiceView::name)).toList();
        }
        return servicesInScope;
    }

    private static InsightPlace place(AreaView n, Map<UUID, AreaView> byId) {
        AreaView ward = n.parentId() == null ? null : byId.get(n.parentId());
        AreaView locality = ward == null || ward.parentId() == null ? null : byId.get(ward.parentId());
        return new InsightPlace(n.id(), n.code(), n.name(), ward == null ? null : ward.id(), ward == null ? null : ward.name(),
                locality == null ? null : locality.id(), locality == null ? null : locality.name(), n.deprivationDecile(),
                n.childPopulation(), n.residentPopulation());
    }

    /** Neighbourhoods grouped by ward, in order: what roll-ups add up. */
    public Map<UUID, List<InsightPlace>> byWard() {
        Map<UUID, List<InsightPlace>> wards = new LinkedHashMap<>();
        neighbourhoods().stream().filter(p -> p.wardId() != null)
                .forEach(p -> wards.computeIfAbsent(p.wardId(), k -> new java.util.ArrayList<>()).add(p));
        return wards;
    }
}
