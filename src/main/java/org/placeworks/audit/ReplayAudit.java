package org.placeworks.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.placeworks.shared.web.AnswerReplayed;

/**
 * A repeated create request answered from what its first sending got (shared.web.Idempotency): the body sent
 * again may hold personal data, so it is an access like any other read, filed under the request's path.
 */
@ApplicationScoped
class ReplayAudit {

    @Inject
    AuditTrail trail;

    void replayed(@Observes AnswerReplayed replay) {
        trail.viewed("repeated-request", replay.path(), "Answer (" + replay.status() + ") sent again for a repeated "
                + replay.method() + " " + replay.path());
    }
}
