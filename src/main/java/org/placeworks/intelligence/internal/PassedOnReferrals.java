package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.ReferralOrigin;
import org.placeworks.caf.ReferralOriginSource;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.NotFound;

/**
 * A report passed on to an Early Intervention service becomes a request for support: only that service's
 * members may use it ({@link PassedOnGate}), once, and the request carries the sanitised summary and nothing
 * about who made the report.
 */
@ApplicationScoped
public class PassedOnReferrals implements ReferralOriginSource {

    public static final String PREFIX = "passed-on:";

    @Inject
    PassedOnGate gate;

    @Inject
    AuditTrail audit;

    public static String reference(UUID passedOnId) {
        return PREFIX + passedOnId;
    }

    @Override
    public Optional<ReferralOrigin> origin(String reference) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Dissemination d = usable(reference);
        if (d.referralCaseId() != null) {
            throw new Conflict("A request for support was already made from this report: " + d.referralCaseReference() + ".");
        }
        return Optional.of(new ReferralOrigin(reference, "a confidential " + d.category().label().toLowerCase(java.util.Locale.UK)
                + " report passed on to the service", d.summary()));
    }

    @Override
    public void referralMade(String reference, UUID caseId, String caseReference) {
        Dissemination d = usable(reference);
        d.referralMade(caseId, caseReference);
        audit.record(AuditAction.UPDATE, PassedOnGate.KIND, d.id(), "Request for support " + caseReference + " made from the report");
    }

    private Dissemination usable(String reference) {
        UUID id;
        try {
            id = UUID.fromString(reference.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new NotFound("report passed on", reference);
        }
        Dissemination d = gate.readable(id);
        if (d.strand() != Strand.EARLY_INTERVENTION) {
            throw new NotFound("report passed on to an early help service", id);
        }
        return d;
    }
}
