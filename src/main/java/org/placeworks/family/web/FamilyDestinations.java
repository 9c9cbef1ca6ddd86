package org.placeworks.family.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Destinations;

/** Families in the navigation and on the home page, for the roles that work with them. */
@ApplicationScoped
public class FamilyDestinations implements Destinations {

    @Override
    public List<Destination> destinations() {
        return List.of(new Destination(20, "/families", "Families", "Families",
                "Find a family or person before recording a new one, and start a request for support.",
                Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER)));
    }
}
