package org.placeworks.bench.generate;

import java.util.Locale;

/**
 * A named size of the synthetic council: what is added to the demo town. {@code small} adds nothing; the
 * case counts are targets (each family's number of cases is drawn, so the totals land near them).
 */
public enum Size {
    SMALL(0, 0, 0, 0, 0, 0, 0, 0),
    TINY(2, 20, 50, 1, 2, 5, 20, 20),
    MEDIUM(12, 2_500, 10_000, 6, 10, 500, 5_000, 1_000),
    LARGE(60, 50_000, 200_000, 12, 60, 10_000, 100_000, 20_000),
    MILLION(300, 250_000, 1_000_000, 60, 60, 50_000, 500_000, 100_000);

    final int neighbourhoods;
    final int families;
    final int cases;
    /** Neighbourhoods per ward. */
    final int wardSize;
    final int meetings;
    final int grants;
    final int reports;
    final int issues;

    Size(int neighbourhoods, int families, int cases, int wardSize, int meetings, int grants, int reports, int issues) {
        this.neighbourhoods = neighbourhoods;
        this.families = families;
        this.cases = cases;
        this.wardSize = Math.max(1, wardSize);
        this.meetings = meetings;
        this.grants = grants;
        this.reports = reports;
        this.issues = issues;
    }

    static Size named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown size '" + name + "': use small, tiny, medium, large or million");
        }
    }

    /** Estates: one for every three neighbourhoods (at least one). */
    int estates() {
        return neighbourhoods == 0 ? 0 : Math.max(1, neighbourhoods / 3);
    }
}
