package org.placeworks.caf.internal;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.placeworks.caf.CaseClosed;

/**
 * Tells the person who asked for support what happened (inspectors find referrers often are not
 * told). Sent only after the closure commits, and it names the case, never the family or children:
 * email is not a secure channel.
 */
@ApplicationScoped
public class ReferrerNotice {

    private static final Logger LOG = Logger.getLogger(ReferrerNotice.class);

    @Inject
    Mailer mailer;

    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed closed) {
        if (closed.referrerEmail() == null) {
            return;
        }
        try {
            mailer.send(Mail.withText(closed.referrerEmail(), "Early help request " + closed.reference() + ": outcome",
                    "Dear " + closed.referrerName() + ",\n\n"
                            + "Thank you for your request for early help support, reference " + closed.reference() + ".\n\n"
                            + "The case has now closed. Outcome: " + closed.reason().label() + ".\n\n"
                            + "If you need to know more, contact the early help team and quote the reference.\n"));
        } catch (RuntimeException e) {
            // The closure stands; the failure is logged for the service desk to resend.
            LOG.errorf(e, "Could not email the referrer of case %s", closed.reference());
        }
    }
}
