package org.placeworks.insight.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffFacts;

/**
 * The cases a manager's outcome lists and claims cover: those of the services they belong to (an administrator:
 * every service; a leaver or someone with no staff record: none).
 */
@RequestScoped
public class ManagedServices {

    @Inject
    AccessPolicy policy;

    public boolean all() {
        return policy.staffFacts().roles().contains(Roles.ADMIN);
    }

    public Set<UUID> services() {
        StaffFacts me = policy.staffFacts();
        if (me.staffId() == null || !me.active()) {
            return Set.of();
        }
        return me.services().stream().map(StaffFacts.ServiceGround::serviceId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean covers(UUID serviceId) {
        return all() || services().contains(serviceId);
    }
}
