package org.placeworks.organisation.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in person's staff record and the records shared with them (or opened by breaking glass) in force when
 * the request began, as {@link StaffMemberRepository#signedIn} reads them together.
 */
public record SignedInStaff(StaffMember member, Set<UUID> recordsInForce) {

    /** The ids of a comma-separated list as the database gives it; none when there is no list. */
    static Set<UUID> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
    }
}
