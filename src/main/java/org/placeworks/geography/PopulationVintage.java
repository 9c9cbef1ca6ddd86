package org.placeworks.geography;

/**
 * How many of a set of areas hold populations of one vintage and source; {@code vintage} and {@code source}
 * are null for areas whose populations came with the area itself, of no recorded year.
 */
public record PopulationVintage(Integer vintage, String source, int areas) {

    public boolean recorded() {
        return vintage != null;
    }

    /** "2024 figures from ONS mid-year estimates", or "year not recorded". */
    public String label() {
        return vintage == null ? "year not recorded" : vintage + " figures from " + source;
    }
}
