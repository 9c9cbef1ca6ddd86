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
}
