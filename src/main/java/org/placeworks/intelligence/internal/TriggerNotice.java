package org.placeworks.intelligence.internal;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Emails an intelligence officer or manager that a location or a victim has reached the Community
 * Trigger, only after the report that brought it there is saved. Email is not a secure channel: it names
 * the report's reference and the area, never what happened, the address or anyone involved.
 */
@ApplicationScoped
public class TriggerNotice {

    private static final Logger LOG = Logger.getLogger(TriggerNotice.class);

    /** An alert waiting for the report's transaction to commit. */
    public record Due(String to, String reference, boolean victim, String area) {
    }

    @Inject
    Mailer mailer;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        if (due.to() == null || due.to().isBlank()) {
            return;
        }
        String what = due.victim() ? "A victim (matched by their contact details)" : "A location in " + due.area();
        try {
            mailer.send(Mail.withText(due.to(), "Community Trigger reached: report " + due.reference(),
                    what + " has reached the threshold for an ASB Case Review (the Community Trigger) with report "
                            + due.reference() + ".\n\n"
                            + "Sign in to Placeworks and open \"Reaching the Community Trigger\" to see the reports counted.\n"));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not email a Community Trigger alert for report %s", due.reference());
        }
    }
}
