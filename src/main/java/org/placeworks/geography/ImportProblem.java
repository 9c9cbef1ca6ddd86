package org.placeworks.geography;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with one row of an import: the line of a CSV file (the header is line 1) or the
 * position of a feature in a GeoJSON FeatureCollection (the first is 1), the column or property, and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportProblem(Integer line, Integer feature, String field, String message) {

    public static ImportProblem atLine(int line, String field, String message) {
        return new ImportProblem(line, null, field, message);
    }

    public static ImportProblem atFeature(int feature, String field, String message) {
        return new ImportProblem(null, feature, field, message);
    }

    /** "Line 3" or "Feature 2": where to look in the file. */
    public String where() {
        return line != null ? "Line " + line : "Feature " + feature;
    }

    /** An id for the row in a page's table of problems, so the error summary can link to it. */
    public String anchor() {
        return line != null ? "line-" + line : "feature-" + feature;
    }
}
