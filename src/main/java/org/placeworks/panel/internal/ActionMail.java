package org.placeworks.panel.internal;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The panel's emails, sent only after the change that caused them has committed: decisions and actions
 * for those who must act when a meeting closes; a meeting cancelled or moved, for the workers whose cases were on it.
 */
public record ActionMail(List<Mail> mails) {

    @ApplicationScoped
    public static class Sender {

        private static final Logger LOG = Logger.getLogger(ActionMail.class);

        @Inject
        Mailer mailer;

        void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActionMail mail) {
            for (Mail m : mail.mails()) {
                try {
                    mailer.send(m);
                } catch (RuntimeException e) {
                    // The change stands; the failure is logged so the email can be sent again.
                    LOG.errorf(e, "Could not send a panel email to %s", m.getTo());
                }
            }
        }
    }
}
