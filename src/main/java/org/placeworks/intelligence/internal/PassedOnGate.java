package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.shared.NotFound;

/**
 * Who reads a report passed on to a service: the active members of that service, whatever their role,
 * and nobody else (not the intelligence officers' managers, not other services covering the same
 * streets, not administrators): for anyone else it does not exist (404).
 */
@RequestScoped
public class PassedOnGate {

    public static final String KIND = "intel-passed-on";

    @Inject
    AccessPolicy policy;

    @Inject
    DisseminationRepository disseminations;

    /** The services the signed-in person is an active member of; none for a leaver. */
    public Set<UUID> myServices() {
        StaffFacts me = policy.staffFacts();
        if (!me.active()) {
            return Set.of();
        }
        return me.services().stream().map(StaffFacts.ServiceGround::serviceId).collect(Collectors.toSet());
    }

    public Dissemination readable(UUID id) {
        Dissemination d = id == null ? null : disseminations.findById(id);
        if (d == null || d.serviceId() == null || !myServices().contains(d.serviceId())) {
            throw new NotFound("report passed on", id);
        }
        return d;
    }

    /** Acknowledgement is the receiving service's: reached only through {@link #readable}. */
    public void acknowledge(Dissemination d, String by, Instant at) {
        d.acknowledge(by, at);
    }
}
