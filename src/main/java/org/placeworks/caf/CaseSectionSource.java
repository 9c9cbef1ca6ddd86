package org.placeworks.caf;

import java.util.Optional;

/**
 * Lets higher features add a section to the case page without {@code caf} knowing them or their
 * routes (the panel: the case's hearings and bringing it to panel; grants: the case's requests and
 * asking for one). Implement it as an {@code @ApplicationScoped} bean; the case page collects every
 * bean, asks each for its section and renders them in {@link #order()}. Estate, intelligence and
 * insight add theirs the same way, with no change to {@code caf}.
 */
public interface CaseSectionSource {

    /** Where the section sits among the contributed ones, lowest first (panel 10, grants 20). */
    int order();

    /**
     * The section as this reader may see it on this case, or empty if they may see none of it (check
     * their roles and what they may do on the case). The case page has already checked that the reader
     * may see the case and audited the view: read only what the section needs, and audit nothing more.
     */
    Optional<CaseSection> sectionFor(CaseView kase);
}
