package org.placeworks.insight.internal;

import java.util.Arrays;
import java.util.Optional;
import org.placeworks.insight.Unit;

/**
 * What the neighbourhood map can shade by. Each is a column of the caseload table, taken as that table
 * publishes it (so the map hides exactly what the table hides), except new referrals per 1,000 children,
 * worked out from the table's referrals and hidden wherever they are.
 */
public enum MapMeasure {
    CHILDREN_RATE("children-rate", "Children on open cases per 1,000 children", "children-per-1000", false, Unit.RATE_PER_1000),
    REFERRALS_RATE("referrals-rate", "New referrals per 1,000 children", "referrals", true, Unit.RATE_PER_1000),
    OPEN_CASES("open-cases", "Open early help cases", "open-cases", false, Unit.COUNT),
    REFERRALS("referrals", "New referrals", "referrals", false, Unit.COUNT),
    RE_REFERRALS("re-referrals", "Re-referrals", "re-referrals", false, Unit.COUNT),
    OVERDUE_REVIEWS("overdue-reviews", "Overdue reviews", "overdue-reviews", false, Unit.COUNT),
    OPEN_ESTATE_ISSUES("open-estate-issues", "Open estate issues", "open-estate-issues", false, Unit.COUNT),
    INTELLIGENCE_REPORTS("intelligence-reports", "Intelligence reports", "intelligence-reports", false, Unit.COUNT);

    /** What the map shows when nobody chose. */
    public static final MapMeasure DEFAULT = CHILDREN_RATE;

    private final String key;
    private final String label;
    private final String caseloadColumn;
    private final boolean perThousandOfColumn;
    private final Unit unit;

    MapMeasure(String key, String label, String caseloadColumn, boolean perThousandOfColumn, Unit unit) {
        this.key = key;
        this.label = label;
        this.caseloadColumn = caseloadColumn;
        this.perThousandOfColumn = perThousandOfColumn;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The caseload table's column this measure is, or is worked out from. */
    public String caseloadColumn() {
        return caseloadColumn;
    }

    /** Whether the measure is its column's count per 1,000 children (rather than the column itself). */
    public boolean perThousandOfColumn() {
        return perThousandOfColumn;
    }

    public boolean perThousandChildren() {
        return unit == Unit.RATE_PER_1000;
    }

    public Unit unit() {
        return unit;
    }

    public static Optional<MapMeasure> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
