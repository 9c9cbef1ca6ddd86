package org.placeworks.organisation;

import java.util.Set;
import java.util.UUID;

/** An administrator's invitation of a new member of staff. */
public record InviteCommand(String username, String givenName, String familyName, String email, String jobTitle,
        UUID agencyId, Set<String> roles, Set<UUID> serviceIds) {
}
