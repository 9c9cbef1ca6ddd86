package org.placeworks.caf.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Destinations;

/** Early help cases in the navigation and on the home page, for the roles that work with them. */
@ApplicationScoped
public class CafDestinations implements Destinations {

    @Override
    public List<Destination> destinations() {
        return List.of(new Destination(10, "/cases", "Cases", "My cases",
                "Your early help cases, with what is due next and anything overdue first.",
                Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER)));
    }
}
