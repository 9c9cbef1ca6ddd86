package org.placeworks.panel.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Destinations;

/** The multi-agency panel in the navigation and on the home page, for its chairs, members and managers. */
@ApplicationScoped
public class PanelDestinations implements Destinations {

    @Override
    public List<Destination> destinations() {
        return List.of(new Destination(30, "/panel", "Panel", "Multi-agency panel",
                "Panels, their monthly meetings and agendas, the decisions made and the actions agreed.",
                Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER)));
    }
}
