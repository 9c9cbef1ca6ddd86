package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.placeworks.family.FamilyHolders;

/** Tells family which services hold an open early help case of a family, wherever the family now lives. */
@ApplicationScoped
public class CaseHolders implements FamilyHolders {

    @Inject
    CafCaseRepository cases;

    @Override
    public Set<UUID> servicesHolding(UUID familyId) {
        return cases.owningServicesOfOpenCases(familyId);
    }

    @Override
    public Set<UUID> heldBy(java.util.Collection<UUID> familyIds, Set<UUID> serviceIds) {
        return familyIds.isEmpty() || serviceIds.isEmpty() ? Set.of() : cases.familiesWithOpenCasesOf(familyIds, serviceIds);
    }
}
