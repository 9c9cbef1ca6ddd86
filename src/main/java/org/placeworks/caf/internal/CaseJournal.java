package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;

/** Writes what happened to a case twice, in the change's transaction: on its timeline and in the audit trail. */
@ApplicationScoped
public class CaseJournal {

    @Inject
    CafEventRepository events;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    public void changed(CafCase c, String what) {
        events.persist(new CafEvent(c.id(), c.familyId(), clock.instant(), current.username(), what));
        audit.record(AuditAction.UPDATE, CaseGate.KIND, c.id(), c.reference() + ": " + what);
    }

    public void created(CafCase c, String what) {
        events.persist(new CafEvent(c.id(), c.familyId(), clock.instant(), current.username(), what));
        audit.record(AuditAction.CREATE, CaseGate.KIND, c.id(), c.reference() + ": " + what);
    }

    /** A list of cases names families: who listed how many is kept too. */
    public void listed(int count, String which) {
        audit.record(AuditAction.VIEW, "caf-case-list", current.username(), "Listed " + count + " " + which);
    }

    /** A list of cases taken away as a file: who took which list is kept, before the first row is written. */
    public void exported(String which) {
        audit.record(AuditAction.EXPORT, "caf-case-list", current.username(), "Exported (CSV) " + which);
    }

    /** A service's early help settings changed: audited, since they decide who must authorise what. */
    public void settingsChanged(java.util.UUID serviceId, String what) {
        audit.record(AuditAction.UPDATE, "caf-sign-off-policy", serviceId, what);
    }

    public void viewed(CafCase c) {
        audit.record(AuditAction.VIEW, CaseGate.KIND, c.id(), "Viewed case " + c.reference());
    }
}
