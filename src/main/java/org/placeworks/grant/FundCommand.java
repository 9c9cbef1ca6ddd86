package org.placeworks.grant;

import java.util.UUID;

/** A new fund: the service it belongs to, the panel that decides its grants, its year and its limits, in pence. */
public record FundCommand(UUID serviceId, UUID panelId, String name, Integer yearStart, Long budgetPence, Long maxAwardPence,
        Long maxPerFamilyPence, Long chairLimitPence) {
}
