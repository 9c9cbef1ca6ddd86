package org.placeworks.caf;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A request for support for some of a family's children, after the safeguarding screen. The
 * owning service may be left empty: the worker's own Early Intervention service covering the
 * family's address is chosen.
 */
public record ReferralCommand(UUID familyId, Set<UUID> childIds, String referrerName, UUID referrerAgencyId,
        String referrerEmail, String referrerPhone, String reason, List<NeedCommand> needs, UUID owningServiceId,
        LocalDate referredOn) {
}
