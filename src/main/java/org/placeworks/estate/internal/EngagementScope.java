package org.placeworks.estate.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;

/**
 * Engagement events under the estate access rule: an event is an estate record owned by its
 * service at its place. The place (an estate, or one neighbourhood of it) is held to the rule as the
 * addresses it stands for: with a neighbourhood, one; without, one in each of the estate's
 * neighbourhoods, so a boundary covers the whole estate or it does not cover the event.
 */
@RequestScoped
public class EngagementScope {

    static final String KIND = "estate engagement event";

    @Inject
    AccessPolicy policy;

    @Inject
    Places places;

    private Ground ground;

    /** What the reader sees, as a list query needs it: events of these services, or at these estates or neighbourhoods. */
    public record Ground(Set<UUID> services, Set<UUID> estates, Set<UUID> neighbourhoods) {
    }

    /** The addresses a place stands for under the boundary rule. */
    public List<AddressView> addresses(UUID estateId, UUID neighbourhoodId) {
        AreaView estate = places.area(estateId);
        if (neighbourhoodId != null) {
            return List.of(at(estate, neighbourhoodId));
        }
        Set<UUID> neighbourhoods = places.estateNeighbourhoods(estateId);
        // An estate drawn in no neighbourhood is covered only by a boundary that names it.
        return neighbourhoods.isEmpty() ? List.of(at(estate, estateId)) : neighbourhoods.stream().map(n -> at(estate, n)).toList();
    }

    private static AddressView at(AreaView estate, UUID neighbourhoodId) {
        return new AddressView(null, 0, estate.name(), null, "", "", neighbourhoodId, null, estate.id(), estate.name(), 0);
    }

    /** Whether the reader works for the service as an estate officer or manager, and may so record and change its events. */
    public boolean worksFor(UUID serviceId) {
        StaffFacts me = policy.staffFacts();
        return me.active() && (me.roles().contains(Roles.ESTATE_OFFICER) || me.roles().contains(Roles.MANAGER))
                && me.services().stream().anyMatch(s -> s.serviceId().equals(serviceId));
    }

    public boolean readable(EngagementEvent event) {
        if (worksFor(event.owningServiceId())) {
            return true;
        }
        return policy.staffFacts().roles().contains(Roles.MANAGER)
                && addresses(event.estateId(), event.neighbourhoodId()).stream().allMatch(a -> policy.covers(a, Strand.ESTATE_SERVICES));
    }

    public boolean changeable(EngagementEvent event) {
        return worksFor(event.owningServiceId());
    }

    /** The event if the reader may see it; otherwise, as far as they know, there is none. */
    public EngagementEvent requireReadable(EngagementEvent event) {
        if (!readable(event)) {
            throw new NotFound(KIND, event.id());
        }
        return event;
    }

    /** The event if the reader may change it: 404 if they may not see it, 403 if they see it and may not change it. */
    public EngagementEvent requireChangeable(EngagementEvent event) {
        requireReadable(event);
        if (!changeable(event)) {
            throw new Forbidden("Only estate officers and managers of the service that held this event can change it.");
        }
        return event;
    }

    /** The reader's ground for lists, worked out once a request. */
    public Ground ground() {
        if (ground == null) {
            StaffFacts me = policy.staffFacts();
            Set<UUID> services = new HashSet<>();
            Set<UUID> estates = new HashSet<>();
            Set<UUID> neighbourhoods = new HashSet<>();
            if (me.active()) {
                me.services().stream().map(StaffFacts.ServiceGround::serviceId).filter(this::worksFor).forEach(services::add);
                if (me.roles().contains(Roles.MANAGER)) {
                    me.services().stream().filter(s -> s.strands().contains(Strand.ESTATE_SERVICES)).forEach(s -> {
                        neighbourhoods.addAll(s.coverage().neighbourhoods());
                        estates.addAll(s.coverage().estates());
                    });
                    // An event on the whole estate is covered when every neighbourhood of the estate is.
                    for (AreaView estate : places.areasOfKind(AreaKind.ESTATE)) {
                        Set<UUID> parts = places.estateNeighbourhoods(estate.id());
                        if (!parts.isEmpty() && neighbourhoods.containsAll(parts)) {
                            estates.add(estate.id());
                        }
                    }
                }
            }
            ground = new Ground(Set.copyOf(services), Set.copyOf(estates), Set.copyOf(neighbourhoods));
        }
        return ground;
    }
}
