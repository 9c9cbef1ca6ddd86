package org.placeworks.organisation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Destinations;

/** Address coverage for everyone, and the services and staff pages for administrators. */
@ApplicationScoped
public class OrganisationDestinations implements Destinations {

    @Override
    public List<Destination> destinations() {
        return List.of(
                new Destination(50, "/coverage", "Who covers an address", "Who covers an address",
                        "Find which services, for each strand, cover an address.", Set.of()),
                new Destination(80, "/admin/services", "Services", "Services and strands",
                        "Services, their boundaries, the strands they deliver and where each strand runs.",
                        Set.of(Roles.ADMIN)),
                new Destination(90, "/admin/staff", "Staff", "Staff",
                        "Invite staff, change their roles and services, and disable leavers.", Set.of(Roles.ADMIN)));
    }
}
