package org.placeworks.intelligence.web;

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
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.CommunityTrigger;
import org.placeworks.intelligence.CommunityTriggerSettings;
import org.placeworks.intelligence.TriggerSubjectView;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;

/**
 * "Reaching the Community Trigger": the locations and victims near or at the threshold for an ASB Case
 * Review, on the reader's ground. Officers see the place and the reports counted; managers the area and
 * the count only.
 */
@Path("/intelligence/community-trigger")
@RolesAllowed({Roles.INTELLIGENCE_OFFICER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class CommunityTriggerPage {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(52, "/intelligence/community-trigger", "Community Trigger",
            "Reaching the Community Trigger",
            "Locations and victims with enough qualifying complaints in six months for an ASB Case Review, or one short.",
            Set.of(Roles.INTELLIGENCE_OFFICER, Roles.MANAGER));

    @Inject
    CommunityTrigger trigger;

    @Inject
    CommunityTriggerSettings settings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<TriggerSubjectView> subjects, CommunityTriggerSettings settings);
    }

    @GET
    @OneReading
    public TemplateInstance index() {
        return Templates.index(trigger.nearOrAtThreshold(), settings);
    }
}
