package org.placeworks.estate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.placeworks.estate.EngagementActionView;
import org.placeworks.estate.Engagements;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;

/** The signed-in person's open engagement actions, across every event, by due date with the overdue ones first. */
@Path("/estate/my-actions")
@RolesAllowed({Roles.ESTATE_OFFICER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class EngagementMyActionsPage {

    /** "My actions" in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(47, "/estate/my-actions", "My actions", "My actions",
            "The actions from walkabouts and residents' meetings that you own, overdue first.",
            Set.of(Roles.ESTATE_OFFICER, Roles.MANAGER));

    @Inject
    Engagements engagements;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<EngagementActionView> actions);
    }

    @GET
    @OneReading
    public TemplateInstance index() {
        return Templates.index(engagements.myActions());
    }
}
