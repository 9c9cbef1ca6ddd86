package org.placeworks.estate.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.estate.internal.EstateRule.Sight;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;

/**
 * Engagement events under the one estate rule ({@link EstateGate}): an event is an estate record owned
 * by its service at its place. The place is an estate, or one neighbourhood of it; an event on the whole
 * estate stands for a place in each of the estate's neighbourhoods, so a boundary must hold all of the
 * estate (by naming it, or every neighbourhood it lies in) to hold the event.
 */
@RequestScoped
public class EngagementScope {

    /** How an event is named in refusals and the audit trail. */
    public static final String KIND = "engagement event";

    @Inject
    EstateGate gate;

    @Inject
    Places places;

    @Inject
    Services services;

    private EstateScope list;

    /** The places an event's place stands for under the rule: one with a neighbourhood, one per neighbourhood without. */
    public List<AddressView> addresses(UUID estateId, UUID neighbourhoodId) {
        if (neighbourhoodId != null) {
            return List.of(EstateGate.place(neighbourhoodId, estateId));
        }
        Set<UUID> neighbourhoods = places.estateNeighbourhoods(estateId);
        // An estate drawn in no neighbourhood is held only by a boundary that names it.
        return neighbourhoods.isEmpty() ? List.of(EstateGate.place(estateId, estateId))
                : neighbourhoods.stream().map(n -> EstateGate.place(n, estateId)).toList();
    }

    /** What the reader gets on the event: the least the rule gives them anywhere on its place. */
    public Sight sight(EngagementEvent event) {
        Sight least = Sight.CHANGE;
        for (AddressView place : addresses(event.estateId(), event.neighbourhoodId())) {
            Sight here = gate.sight(event.owningServiceId(), place);
            if (here.ordinal() < least.ordinal()) {
                least = here;
            }
        }
        return least;
    }

    /** Whether the reader works for the service as the rule's changer, and so may record events for it. */
    public boolean worksFor(UUID serviceId) {
        return gate.works() && gate.myEstateServices().contains(serviceId);
    }

    public boolean readable(EngagementEvent event) {
        return sight(event).reads();
    }

    public boolean changeable(EngagementEvent event) {
        return sight(event).changes();
    }

    /** The event if the reader may see it; otherwise, as far as they know, there is none. */
    public EngagementEvent requireReadable(EngagementEvent event) {
        if (!readable(event)) {
            throw new org.placeworks.shared.NotFound(KIND, event.id());
        }
        return event;
    }

    /** The event if the reader may change it: 404 if they may not see it, 403 if they see it and may not change it. */
    public EngagementEvent requireChangeable(EngagementEvent event) {
        requireReadable(event);
        if (changeable(event)) {
            return event;
        }
        // Seen everywhere on its place, changed nowhere: the gate words the 403.
        String serviceName = services.findService(event.owningServiceId()).map(ServiceView::name).orElse(null);
        gate.requireChangeable(KIND, event.id(), event.owningServiceId(),
                addresses(event.estateId(), event.neighbourhoodId()).get(0), serviceName);
        return event;
    }

    /**
     * The reader's sight for the list, worked out once a request: the gate's, with every estate added whose
     * neighbourhoods the reader's ground holds in full (so events on the whole estate show as they read).
     */
    public EstateScope listScope() {
        if (list == null) {
            EstateScope scope = gate.scope();
            Set<UUID> estates = new HashSet<>(scope.estates());
            if (!scope.neighbourhoods().isEmpty()) {
                for (AreaView estate : places.areasOfKind(AreaKind.ESTATE)) {
                    Set<UUID> parts = places.estateNeighbourhoods(estate.id());
                    if (!parts.isEmpty() && scope.neighbourhoods().containsAll(parts)) {
                        estates.add(estate.id());
                    }
                }
            }
            list = new EstateScope(scope.services(), scope.neighbourhoods(), estates);
        }
        return list;
    }
}
