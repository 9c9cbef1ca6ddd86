package org.placeworks.caf.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/** A request for support as the API receives it, with the safeguarding screen's answer. */
public record ReferralRequest(Boolean childAtRiskOfSignificantHarm, UUID familyId, Set<UUID> childIds,
        @TextLimit(Text.SHORT) String referrerName, UUID referrerAgencyId, @TextLimit(Text.SHORT) String referrerEmail, @TextLimit(Text.SHORT) String referrerPhone, @TextLimit(Text.LONG) String reason,
        List<NeedCommand> needs, UUID owningServiceId, LocalDate referredOn) {

    ReferralCommand command() {
        return new ReferralCommand(familyId, childIds, referrerName, referrerAgencyId, referrerEmail, referrerPhone,
                reason, needs, owningServiceId, referredOn);
    }
}
