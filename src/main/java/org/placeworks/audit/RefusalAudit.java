package org.placeworks.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;
import org.placeworks.shared.RecordRefused;

/**
 * Every refused attempt on a record of personal data (a family, person, case, report or document) leaves an access
 * entry with outcome DENIED, the actor and their roles: the 404 that hides a record outside someone's boundary hides
 * it from them, not from the data protection officer. Written in its own transaction, since the refused request's
 * own is rolled back.
 */
@ApplicationScoped
class RefusalAudit {

    /**
     * The records of personal data whose refusals are audited, from the word a refusal uses ("case") to the kind the
     * trail files that record's entries under ("caf-case"), so that a record's history shows its refusals too.
     */
    static final Map<String, String> PERSONAL = Map.of("family", "family", "person", "person", "case", "caf-case",
            "report", "intel-report", "document", "document");
    private static final Logger LOG = Logger.getLogger(RefusalAudit.class);

    @Inject
    AuditTrail trail;

    void refused(@Observes RecordRefused refusal) {
        String kind = PERSONAL.get(refusal.recordKind());
        if (kind == null) {
            return;
        }
        try {
            trail.denied(refusal.change() ? AuditAction.UPDATE : AuditAction.VIEW, kind, refusal.recordId(),
                    "Refused (" + refusal.status() + "): " + refusal.method() + " " + refusal.path());
        } catch (RuntimeException e) {
            // The request is refused whatever happens here; answering 500 instead of 404 would tell the refused person more.
            LOG.errorf(e, "Could not audit a refused %s of %s %s by the current user", refusal.method(), refusal.recordKind(), refusal.recordId());
        }
    }
}
