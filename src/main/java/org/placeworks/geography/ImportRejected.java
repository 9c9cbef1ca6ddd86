package org.placeworks.geography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placeworks.shared.InvalidInput;

/**
 * An import with at least one bad row: nothing was saved. Carries every problem found, so the person
 * can fix the whole file at once; as {@link InvalidInput} its errors are keyed by line or feature.
 */
public class ImportRejected extends InvalidInput {

    private final ImportReport report;

    public ImportRejected(ImportReport report) {
        super(byRow(report.problems()));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    /** Bad rows whose problems are listed, in file order. */
    public long badRows() {
        return report.problems().stream().map(ImportProblem::anchor).distinct().count();
    }

    private static Map<String, String> byRow(List<ImportProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            String text = (p.field() == null ? "" : p.field() + ": ") + p.message();
            errors.merge(p.where().toLowerCase().replace(' ', '-'), p.where() + ": " + text, (a, b) -> a + "; " + text);
        }
        return errors;
    }
}
