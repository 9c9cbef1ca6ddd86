package org.placeworks.intelligence.internal;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.placeworks.geography.Coverage;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.organisation.Strand;

/**
 * Emails the intelligence officers and managers of the Community Intelligence services whose boundary holds
 * the place (every such service for a place outside our area) that a location or a victim has reached the
 * Community Trigger, only after the report that brought it there is saved; finding them (their roles live in
 * Keycloak) never holds up or undoes the report. Email is not a secure channel: it names the report's
 * reference and the area, never what happened, the address or anyone involved.
 */
@ApplicationScoped
public class TriggerNotice {

    private static final Logger LOG = Logger.getLogger(TriggerNotice.class);
    private static final Set<String> TOLD = Set.of(Roles.INTELLIGENCE_OFFICER, Roles.MANAGER);

    /** An alert waiting for the report's transaction to commit. */
    public record Due(String reference, boolean victim, TriggerPlace place) {
    }

    @Inject
    Mailer mailer;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        String what = due.victim() ? "A victim (matched by their contact details)" : "A location in " + due.place().areaLabel();
        try {
            for (StaffView person : recipients(due.place()).values()) {
                mailer.send(Mail.withText(person.email(), "Community Trigger reached: report " + due.reference(),
                        what + " has reached the threshold for an ASB Case Review (the Community Trigger) with report "
                                + due.reference() + ".\n\n"
                                + "Sign in to Placeworks and open \"Reaching the Community Trigger\" to see the reports counted.\n"));
            }
        } catch (RuntimeException e) {
            // The alert stands on the officers' list; the failure is logged for the service desk.
            LOG.errorf(e, "Could not email a Community Trigger alert for report %s", due.reference());
        }
    }

    private Map<java.util.UUID, StaffView> recipients(TriggerPlace place) {
        Map<java.util.UUID, StaffView> chosen = new LinkedHashMap<>();
        for (ServiceView service : services.services()) {
            if (service.strands().contains(Strand.COMMUNITY_INTELLIGENCE) && (place.outsideArea() || holds(services.coverageOf(service.id()), place))) {
                for (StaffView person : staff.membersOf(service.id())) {
                    if (person.active() && person.email() != null && !chosen.containsKey(person.id())
                            && staff.roles(person.id()).stream().anyMatch(TOLD::contains)) {
                        chosen.put(person.id(), person);
                    }
                }
            }
        }
        return chosen;
    }

    private static boolean holds(Coverage ground, TriggerPlace place) {
        return ground.everywhere() || (place.neighbourhoodId() != null && ground.neighbourhoods().contains(place.neighbourhoodId()))
                || (place.estateId() != null && ground.estates().contains(place.estateId()));
    }
}
