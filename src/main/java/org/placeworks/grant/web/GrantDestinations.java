package org.placeworks.grant.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Destinations;

/** Small grants in the navigation and on the home page, for panel chairs and managers. */
@ApplicationScoped
public class GrantDestinations implements Destinations {

    @Override
    public List<Destination> destinations() {
        return List.of(new Destination(40, "/grants", "Grants", "Small grants",
                "What each fund has left, the requests waiting for a decision, and payments.",
                Set.of(Roles.PANEL_CHAIR, Roles.MANAGER)));
    }
}
