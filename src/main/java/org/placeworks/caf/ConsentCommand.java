package org.placeworks.caf;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Informed consent: who gave it and when, for which purposes, and which agencies may and may not
 * see the case. A young person of 16 or over may consent for themselves ({@code youngPersonId}).
 */
public record ConsentCommand(String givenBy, UUID youngPersonId, LocalDate givenOn, String purposes,
        Set<UUID> allowedAgencies, Set<UUID> refusedAgencies, Long version) {
}
