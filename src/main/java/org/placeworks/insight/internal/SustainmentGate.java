package org.placeworks.insight.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.placeworks.caf.CaseAccess;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;

/**
 * Who may see and record a sustainment check: the case's lead professional and the managers of its owning
 * service, and only while caf's own gate lets them read the case (asked through {@link CaseAccess}, never
 * re-worded here). Anyone else is told nothing: 404, so a check's existence does not leak.
 */
@RequestScoped
public class SustainmentGate {

    @Inject
    SustainmentCheckRepository checks;

    @Inject
    CaseAccess cases;

    @Inject
    AccessPolicy policy;

    public SustainmentCheck open(UUID id) {
        SustainmentCheck check = checks.findByIdOptional(id).orElseThrow(() -> new NotFound("sustainment check", id));
        if (!mayOpen(policy.staffFacts(), check)) {
            throw new NotFound("sustainment check", id);
        }
        try {
            cases.readable(check.caseId());
        } catch (Forbidden e) {
            throw new NotFound("sustainment check", id);
        }
        return check;
    }

    /** The check's own rule, before caf's: its lead professional, or a manager of the service that owns the case. */
    static boolean mayOpen(StaffFacts me, SustainmentCheck check) {
        if (me.staffId() == null || !me.active()) {
            return false;
        }
        boolean lead = me.staffId().equals(check.leadProfessionalId());
        boolean managerOfOwner = me.roles().contains(Roles.MANAGER)
                && me.services().stream().anyMatch(s -> s.serviceId().equals(check.owningServiceId()));
        return lead || managerOfOwner;
    }
}
