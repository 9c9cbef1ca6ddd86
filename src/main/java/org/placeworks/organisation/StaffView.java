package org.placeworks.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record StaffView(UUID id, String username, String keycloakId, String givenName, String familyName, String email,
        String jobTitle, UUID agencyId, String agencyName, boolean active, LocalDate leftOn, List<ServiceView> services,
        long version) {

    public String name() {
        return givenName + " " + familyName;
    }
}
