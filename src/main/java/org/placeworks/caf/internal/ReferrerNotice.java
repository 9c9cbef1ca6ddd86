package org.placeworks.caf.internal;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.placeworks.shared.Today;

/**
 * Tells the person who asked for support what happened to their request (inspectors find referrers
 * often are not told): the decision on the referral and the case's closure. In the change's
 * transaction the case records that an email goes out, or, when the referrer gave no email address,
 * sets the worker a call to make. The email is sent only after the change commits, and it names the
 * case, never the family or children: email is not a secure channel.
 */
@ApplicationScoped
public class ReferrerNotice {

    private static final Logger LOG = Logger.getLogger(ReferrerNotice.class);

    /** An email to a referrer, waiting for the change to commit. */
    public record Due(String to, String reference, String subject, String body) {
    }

    @Inject
    Mailer mailer;

    @Inject
    Event<Due> due;

    @Inject
    CaseJournal journal;

    @Inject
    Today today;

    /** Tells the referrer {@code news} ("Your request was declined: ..."); {@code worker} phones them if there is no email. */
    public void tell(CafCase c, String news, String worker) {
        Referrer referrer = c.referrer();
        if (referrer.email() != null) {
            due.fire(new Due(referrer.email(), c.reference(), "Early help request " + c.reference() + ": outcome",
                    "Dear " + referrer.name() + ",\n\n"
                            + "Thank you for your request for early help support, reference " + c.reference() + ".\n\n"
                            + news + "\n\n"
                            + "If you need to know more, contact the early help team and quote the reference.\n"));
            journal.changed(c, "Referrer " + referrer.name() + " told by email: " + news);
        } else {
            c.callReferrer(worker, "Phone " + referrer.name() + (referrer.phone() == null ? "" : " on " + referrer.phone())
                    + " to tell them: " + news, today.date());
            journal.changed(c, "Referrer " + referrer.name() + " has no email address: " + worker + " to phone them");
        }
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due mail) {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body()));
        } catch (RuntimeException e) {
            // The change stands; the failure is logged for the service desk to resend.
            LOG.errorf(e, "Could not email the referrer of case %s", mail.reference());
        }
    }
}
