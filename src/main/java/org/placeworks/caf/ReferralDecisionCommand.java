package org.placeworks.caf;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The decision on a new referral: accepted and allocated to {@code workerId}, declined for
 * {@code reason}, or signposted to universal services ({@code signpostedTo}: where).
 */
public record ReferralDecisionCommand(ReferralDecision decision, UUID workerId, String reason, String signpostedTo,
        LocalDate decidedOn, Long version) {
}
