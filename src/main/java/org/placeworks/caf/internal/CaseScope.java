package org.placeworks.caf.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The reader's facts as a list query needs them: who they are, and the ground of each service
 * they belong to. {@link CafCaseRepository#seenBy} turns {@link CaseRule}'s full sight into SQL
 * over these, so that lists are filtered in the database; {@code CaseListsFollowTheRuleTest} holds
 * the two to the same answers.
 */
public record CaseScope(UUID staffId, UUID agencyId, String username, boolean manager, List<Ground> services) {

    /** A service's ground: the neighbourhoods and estates its boundary covers. */
    public record Ground(UUID serviceId, Set<UUID> neighbourhoods, Set<UUID> estates) {
    }

    /** Nobody: no staff record, a leaver, or no role that reads casework. */
    public static final CaseScope NOBODY = new CaseScope(null, null, null, false, List.of());

    public boolean nobody() {
        return staffId == null;
    }
}
