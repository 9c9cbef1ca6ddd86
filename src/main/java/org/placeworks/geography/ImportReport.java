package org.placeworks.geography;

import java.util.List;

/** What an import did: which kind of record, how many rows it read, how many it saved, and what was wrong. */
public record ImportReport(String kind, int rows, int imported, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
