package org.placeworks.intelligence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.placeworks.shared.InvalidInput;

/**
 * A report graded with the 3x5x2 model: the source (1-3), the information (A-E) and the handling code
 * (P, or C with the conditions stated). Written as police partners write it, e.g. "2B C".
 */
public record Grading(SourceEvaluation source, InformationAssessment information, HandlingCode handling, String conditions) {

    /** Refuses (422, a message on each field) a grading that is incomplete, or conditions without C or C without them. */
    public static Grading of(SourceEvaluation source, InformationAssessment information, HandlingCode handling, String conditions) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (source == null) {
            problems.put("source", "Select how reliable the source is");
        }
        if (information == null) {
            problems.put("information", "Select how the source knows the information");
        }
        if (handling == null) {
            problems.put("handling", "Select the handling code");
        } else if (handling == HandlingCode.C && (conditions == null || conditions.isBlank())) {
            problems.put("conditions", "State the conditions on sharing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Grading(source, information, handling, handling == HandlingCode.C ? conditions.strip() : null);
    }

    /** The grading as police partners write it: "2B C". */
    public String code() {
        return source.code() + information.code() + " " + handling.code();
    }

    /** The grading in words, for people who do not use the codes. */
    public String words() {
        return "Source: " + source.label() + ". Information: " + information.label() + ". Handling: " + handling.label()
                + (conditions == null ? "." : " (" + conditions + ").");
    }
}
