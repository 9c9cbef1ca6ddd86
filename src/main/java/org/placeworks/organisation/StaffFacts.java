package org.placeworks.organisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.Coverage;

/**
 * What every record gate needs to know about the signed-in member of staff, loaded once per request
 * by {@link AccessPolicy#staffFacts()}: who they are, their agency and roles, whether they still work
 * here, and for each service they belong to, its strands and the ground its boundary covers.
 * {@code staffId} is null for someone with no staff record.
 */
public record StaffFacts(UUID staffId, String username, UUID agencyId, Set<String> roles, boolean active,
        List<ServiceGround> services) {

    public StaffFacts {
        roles = Set.copyOf(roles);
        services = List.copyOf(services);
    }

    /** One of their services: the strands it delivers and the ground its boundary covers. */
    public record ServiceGround(UUID serviceId, Set<Strand> strands, Coverage coverage) {

        public ServiceGround {
            strands = Set.copyOf(strands);
        }
    }
}
