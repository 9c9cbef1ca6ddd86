package org.placeworks.geography;

import java.util.LinkedHashMap;
import java.util.Map;
import org.placeworks.shared.InvalidInput;

/**
 * Which published population figures an import holds: the year they describe (a mid-year estimate's year,
 * a census year) and who published them (for example "ONS mid-year estimates").
 */
public record PopulationRelease(int vintage, String source) {

    public static final int SOURCE_LIMIT = 200;

    /** Reads the form's vintage and source, naming each bad field; a vintage after this year is refused. */
    public static PopulationRelease parse(String vintage, String source, int thisYear) {
        Map<String, String> bad = new LinkedHashMap<>();
        Integer year = null;
        String v = vintage == null ? "" : vintage.strip();
        if (v.isEmpty()) {
            bad.put("vintage", "Enter the year the figures describe, like " + (thisYear - 1));
        } else if (!v.matches("\\d{4}")) {
            bad.put("vintage", "The year must be 4 digits, like " + (thisYear - 1));
        } else {
            year = Integer.valueOf(v);
            if (year < 1900 || year > thisYear) {
                bad.put("vintage", "The year must be between 1900 and " + thisYear);
            }
        }
        String s = source == null ? "" : source.strip();
        if (s.isEmpty()) {
            bad.put("source", "Enter who published the figures, like ONS mid-year estimates");
        } else if (s.length() > SOURCE_LIMIT) {
            bad.put("source", "The source must be " + SOURCE_LIMIT + " characters or fewer");
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
        return new PopulationRelease(year, s);
    }
}
