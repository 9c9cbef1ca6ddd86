package org.placeworks.geography.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placeworks.geography.ImportProblem;
import org.placeworks.geography.ImportRejected;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FieldError;
import org.placeworks.shared.web.FormErrors;

/**
 * How an import page shows a refused file: an error summary whose first entry points at the file
 * field and whose others point at each bad row in the table below it.
 */
public record ImportOutcome(String form, FormErrors errors, List<BadRow> badRows) {

    /** One bad row of the file, with everything wrong with it. */
    public record BadRow(String anchor, String where, List<ImportProblem> problems) {
    }

    public static ImportOutcome none() {
        return new ImportOutcome("", FormErrors.none(), List.of());
    }

    /** The file as a whole was refused (empty, not CSV or JSON, wrong header), or rows in it were. */
    public static ImportOutcome refused(String form, String fileField, InvalidInput e) {
        if (!(e instanceof ImportRejected rejected)) {
            String message = e.errors().getOrDefault("file", e.getMessage());
            return new ImportOutcome(form, FormErrors.of(Map.of(fileField, message)), List.of());
        }
        Map<String, BadRow> rows = new LinkedHashMap<>();
        for (ImportProblem p : rejected.report().problems()) {
            rows.computeIfAbsent(p.anchor(), a -> new BadRow(a, p.where(), new ArrayList<>())).problems().add(p);
        }
        List<FieldError> errors = new ArrayList<>();
        long bad = rows.size();
        errors.add(new FieldError(fileField, "Nothing was imported: " + bad + (bad == 1 ? " row has" : " rows have")
                + " problems. Fix them and upload the file again"));
        errors.addAll(FormErrors.of(rejected).list());
        return new ImportOutcome(form, new FormErrors(errors), List.copyOf(rows.values()));
    }

    public boolean isFor(String name) {
        return form.equals(name);
    }
}
