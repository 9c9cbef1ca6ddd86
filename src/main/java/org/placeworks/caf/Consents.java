package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CafCaseRepository;

/**
 * What the family's consent in force allows other features to do with a case: the panel asks it
 * before an agency's member reads an item or an agency copy of the minutes names the family.
 */
@ApplicationScoped
public class Consents {

    @Inject
    CafCaseRepository cases;

    /**
     * Whether the panel may discuss the case with this agency: consent is in force, the family agreed
     * to panel discussion, and the consent names the agency as allowed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean panelMayTell(UUID caseId, UUID agencyId) {
        return agencyId != null && tellableAgencies(Set.of(caseId)).getOrDefault(caseId, Set.of()).contains(agencyId);
    }

    /** For a list of cases at once: the agencies each case may be discussed with at panel. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Set<UUID>> tellableAgencies(Collection<UUID> caseIds) {
        Map<UUID, Set<UUID>> tellable = new HashMap<>();
        if (caseIds.isEmpty()) {
            return tellable;
        }
        for (CafCase c : cases.byIds(caseIds)) {
            tellable.put(c.id(), c.currentConsent().filter(v -> v.panelDiscussion())
                    .map(v -> Set.copyOf(v.allowed())).orElse(Set.of()));
        }
        return tellable;
    }
}
