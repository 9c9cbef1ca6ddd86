package org.placeworks.panel.internal;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/** Decisions and actions for those who must act, sent after the meeting's close has committed. */
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
                    // The meeting stays closed; the failure is logged so the actions can be sent again.
                    LOG.errorf(e, "Could not email panel actions to %s", m.getTo());
                }
            }
        }
    }
}
