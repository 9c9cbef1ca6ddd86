package org.placeworks.caf;

import java.util.List;
import java.util.Optional;

/**
 * Lets higher features add a section to a worker's "My cases" page without {@code caf} knowing them (the
 * panel: its recent decisions on the cases the worker brought to it or works on). Implement it as an
 * {@code @ApplicationScoped} bean; the page renders every section given, in {@link #order()}.
 */
public interface MyCasesSource {

    /** Where the section sits, lowest first (panel 10). */
    int order();

    /**
     * The section for the signed-in worker, given the cases "My cases" lists for them (already checked and
     * audited), or empty if there is nothing to show.
     */
    Optional<CaseSection> sectionFor(List<CaseSummary> myCases);
}
