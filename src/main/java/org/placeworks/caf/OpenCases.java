package org.placeworks.caf;

import java.util.List;

/** A family's open cases as the reader may know them: those they may see, and flags for those they may only know exist. */
public record OpenCases(List<CaseSummary> seen, List<CaseFlag> flagged) {

    public boolean none() {
        return seen.isEmpty() && flagged.isEmpty();
    }

    public int count() {
        return seen.size() + flagged.size();
    }
}
