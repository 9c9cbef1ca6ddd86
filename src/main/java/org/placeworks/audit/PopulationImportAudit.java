package org.placeworks.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.placeworks.geography.PopulationsImported;

/**
 * Geography cannot call the audit trail (it sits below it), so the trail listens: an administrator's import of
 * population figures is recorded like any other admin change, in the import's own transaction.
 */
@ApplicationScoped
class PopulationImportAudit {

    static final int CODES_SHOWN = 20;

    @Inject
    AuditTrail trail;

    void imported(@Observes PopulationsImported event) {
        var codes = event.areaCodes();
        String listed = String.join(", ", codes.subList(0, Math.min(CODES_SHOWN, codes.size())))
                + (codes.size() > CODES_SHOWN ? " and " + (codes.size() - CODES_SHOWN) + " more" : "");
        trail.record(AuditAction.UPDATE, "area populations", event.release().vintage(),
                "Populations of " + codes.size() + (codes.size() == 1 ? " area" : " areas") + " set to "
                        + event.release().vintage() + " figures from " + event.release().source() + ": " + listed);
    }
}
