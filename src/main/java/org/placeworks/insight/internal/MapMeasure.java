package org.placeworks.insight.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the neighbourhood map can shade by: a count from the summary store, or that count per 1,000
 * children living in the neighbourhood (the stored child population), so that places of different
 * sizes compare fairly. Each is a column of the "map" table.
 */
public enum MapMeasure {
    CHILDREN_RATE("children-rate", "Children on open cases per 1,000 children", Measure.CHILDREN_ON_OPEN_CASES, true),
    REFERRALS_RATE("referrals-rate", "New referrals per 1,000 children", Measure.REFERRALS, true),
    OPEN_CASES("open-cases", "Open early help cases", Measure.OPEN_CASES, false),
    CHILDREN("children", "Children on open cases", Measure.CHILDREN_ON_OPEN_CASES, false),
    REFERRALS("referrals", "New referrals", Measure.REFERRALS, false),
    RE_REFERRALS("re-referrals", "Re-referrals", Measure.RE_REFERRALS, false),
    OVERDUE_REVIEWS("overdue-reviews", "Overdue reviews", Measure.OVERDUE_REVIEWS, false),
    OPEN_ESTATE_ISSUES("open-estate-issues", "Open estate issues", Measure.OPEN_ESTATE_ISSUES, false),
    INTELLIGENCE_REPORTS("intelligence-reports", "Intelligence reports", Measure.INTELLIGENCE_REPORTS, false);

    /** What the map shows when nobody chose. */
    public static final MapMeasure DEFAULT = CHILDREN_RATE;

    private final String key;
    private final String label;
    private final Measure measure;
    private final boolean perThousandChildren;

    MapMeasure(String key, String label, Measure measure, boolean perThousandChildren) {
        this.key = key;
        this.label = label;
        this.measure = measure;
        this.perThousandChildren = perThousandChildren;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Measure measure() {
        return measure;
    }

    public boolean perThousandChildren() {
        return perThousandChildren;
    }

    public static Optional<MapMeasure> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
