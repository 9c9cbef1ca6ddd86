package org.placeworks.caf;

import java.util.EnumMap;
import java.util.Map;
import org.placeworks.caf.internal.Findings;
import org.placeworks.shared.Text;

/**
 * The written answers of an assessment (a re-assessment, a child's own), read the same way wherever they are given:
 * each element's strengths and needs, each answer held to the long-text limit, a problem named by its form field.
 */
final class AssessmentAnswers {

    private AssessmentAnswers() {
    }

    /** The elements with something written, by element; blank answers are left out. */
    static Map<CafElement, Findings> findings(Map<CafElement, String> strengths, Map<CafElement, String> needs,
            Map<String, String> problems) {
        Map<CafElement, Findings> found = new EnumMap<>(CafElement.class);
        for (CafElement element : CafElement.values()) {
            String good = text("strengths-" + element.name(), element.label() + " strengths",
                    strengths == null ? null : strengths.get(element), problems);
            String need = text("needs-" + element.name(), element.label() + " needs",
                    needs == null ? null : needs.get(element), problems);
            if (good != null || need != null) {
                found.put(element, new Findings(good, need));
            }
        }
        return found;
    }

    /** One answer, stripped (null when blank); too long is a problem on its field. */
    static String text(String field, String label, String value, Map<String, String> problems) {
        Text.problem(label, value, Text.LONG).ifPresent(p -> problems.put(field, p));
        return value == null || value.isBlank() ? null : value.strip();
    }
}
