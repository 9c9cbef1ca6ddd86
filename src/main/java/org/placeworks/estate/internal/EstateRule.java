package org.placeworks.estate.internal;

import java.util.UUID;
import org.placeworks.geography.AddressView;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.Strand;

/**
 * Who may see and change an estate record (an issue, an engagement event): a record owned by service S
 * at place P. Active estate officers and managers of S see and change it; a manager of another service
 * whose Estate Services ground covers P sees it but may not change it; nobody else knows of it. An
 * administrator is not special here: they hold no personal data role.
 */
public final class EstateRule {

    /** What the reader gets on one record. */
    public enum Sight {
        NONE, READ, CHANGE;

        public boolean reads() {
            return this != NONE;
        }

        public boolean changes() {
            return this == CHANGE;
        }
    }

    private EstateRule() {
    }

    /** Whether the reader holds a role that works with estate records at all, and still works here. */
    public static boolean works(StaffFacts me) {
        return me.staffId() != null && me.active()
                && (me.roles().contains(Roles.ESTATE_OFFICER) || me.roles().contains(Roles.MANAGER));
    }

    public static Sight decide(StaffFacts me, UUID owningServiceId, AddressView place) {
        if (!works(me)) {
            return Sight.NONE;
        }
        if (me.services().stream().anyMatch(s -> s.serviceId().equals(owningServiceId))) {
            return Sight.CHANGE;
        }
        boolean managerOverPlace = me.roles().contains(Roles.MANAGER) && me.services().stream()
                .anyMatch(s -> s.strands().contains(Strand.ESTATE_SERVICES) && s.coverage().covers(place));
        return managerOverPlace ? Sight.READ : Sight.NONE;
    }

    /** The same rule for lists: the reader's own services, and as a manager the ground of their Estate Services services. */
    public static EstateScope scope(StaffFacts me) {
        if (!works(me)) {
            return EstateScope.NOBODY;
        }
        java.util.Set<UUID> services = new java.util.HashSet<>();
        java.util.Set<UUID> neighbourhoods = new java.util.HashSet<>();
        java.util.Set<UUID> estates = new java.util.HashSet<>();
        boolean manager = me.roles().contains(Roles.MANAGER);
        for (StaffFacts.ServiceGround s : me.services()) {
            services.add(s.serviceId());
            if (manager && s.strands().contains(Strand.ESTATE_SERVICES)) {
                neighbourhoods.addAll(s.coverage().neighbourhoods());
                estates.addAll(s.coverage().estates());
            }
        }
        return new EstateScope(services, neighbourhoods, estates);
    }
}
