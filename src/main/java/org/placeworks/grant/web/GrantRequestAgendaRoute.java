package org.placeworks.grant.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.placeworks.grant.GrantRequests;
import org.placeworks.panel.AgendaSubjectRoute;

/** An agenda item about a grant request links to the request's page. */
@ApplicationScoped
public class GrantRequestAgendaRoute implements AgendaSubjectRoute {

    @Override
    public String kind() {
        return GrantRequests.KIND;
    }

    @Override
    public String href(UUID id) {
        return GrantRoutes.request(id);
    }
}
