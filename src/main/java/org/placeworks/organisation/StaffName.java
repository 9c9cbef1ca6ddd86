package org.placeworks.organisation;

import java.util.UUID;

/** A member of staff as other records name them: who, and for which agency. */
public record StaffName(UUID id, String username, String name, UUID agencyId, String agencyName, boolean active) {
}
