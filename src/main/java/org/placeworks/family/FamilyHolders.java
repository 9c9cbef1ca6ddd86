package org.placeworks.family;

import java.util.Set;
import java.util.UUID;

/**
 * Services that hold an open record about a family wherever the family now lives: a higher feature
 * (early help cases) answers, so that the service still working with a family that moved out of its
 * boundary keeps the family until another service takes the work on. Family asks; it never imports upward.
 */
public interface FamilyHolders {

    /** The services holding open work with the family. */
    Set<UUID> servicesHolding(UUID familyId);

    /**
     * Which of these families one of these services holds open work with, for lists that decide many
     * families at once. Sources answer with one query; this default asks family by family.
     */
    default Set<UUID> heldBy(java.util.Collection<UUID> familyIds, Set<UUID> serviceIds) {
        Set<UUID> held = new java.util.HashSet<>();
        for (UUID familyId : familyIds) {
            if (servicesHolding(familyId).stream().anyMatch(serviceIds::contains)) {
                held.add(familyId);
            }
        }
        return held;
    }
}
