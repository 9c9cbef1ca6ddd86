package org.placeworks.family;

import java.util.Optional;

/**
 * Lets higher features add a section to the family page without {@code family} knowing them or their
 * routes (documents: the family's documents and adding one). Implement it as an {@code @ApplicationScoped}
 * bean; the family page asks each for its section and renders them in {@link #order()}.
 */
public interface FamilySectionSource {

    /** Where the section sits among the contributed ones, lowest first. */
    int order();

    /**
     * The section as this reader may see it on this family, or empty if they may see none of it. The family
     * page has already checked that the reader may see the family and audited the view: read only what the
     * section needs, and audit nothing more.
     */
    Optional<FamilySection> sectionFor(FamilyView family);
}
