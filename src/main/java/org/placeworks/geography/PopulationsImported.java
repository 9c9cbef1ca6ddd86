package org.placeworks.geography;

import java.util.List;

/**
 * Fired, inside the import's transaction, when population figures replaced the stored ones: geography sits below
 * the audit trail, so the audit module observes this to record who changed the populations.
 */
public record PopulationsImported(PopulationRelease release, List<String> areaCodes) {

    public PopulationsImported {
        areaCodes = List.copyOf(areaCodes);
    }
}
