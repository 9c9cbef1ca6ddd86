package org.placeworks.estate.internal;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Tells a reporter who left an email address that their issue changed status. The email goes only
 * after the change commits; it names the issue by reference and category, in plain English, and
 * holds nobody's details (not the reporter's own name, not staff names or notes).
 */
@ApplicationScoped
public class ReporterNotice {

    private static final Logger LOG = Logger.getLogger(ReporterNotice.class);

    /** An email to a reporter, waiting for the change to commit. */
    public record Due(String to, String reference, String subject, String body) {
    }

    @Inject
    Mailer mailer;

    @Inject
    Event<Due> due;

    public void statusChanged(EstateIssue issue, String publicNote) {
        String email = issue.reporter().email();
        if (email == null) {
            return;
        }
        StringBuilder body = new StringBuilder("Hello,\n\n")
                .append("Thank you for reporting ").append(issue.category().label().toLowerCase()).append(" on the estate. ")
                .append("Your report's reference is ").append(issue.reference()).append(".\n\n")
                .append("Its status is now: ").append(issue.status().label().toLowerCase()).append(".\n");
        if (issue.closeReason() != null) {
            body.append("Reason: ").append(issue.closeReason().label()).append(".\n");
        }
        if (publicNote != null) {
            body.append("\n").append(publicNote).append("\n");
        }
        body.append("\nIf you contact us about it, please quote the reference ").append(issue.reference()).append(".\n");
        due.fire(new Due(email, issue.reference(), "Your report " + issue.reference() + ": " + issue.status().label().toLowerCase(),
                body.toString()));
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due mail) {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body()));
        } catch (RuntimeException e) {
            // The change stands; the failure is logged (without the address) for the service desk.
            LOG.errorf(e, "Could not email the reporter of estate issue %s", mail.reference());
        }
    }
}
