package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.insight.CostAvoidanceEstimate.UnitCost;

/** The cost-avoidance estimate: sustained outcomes times unit costs, counts suppressed and amounts with them. */
class CostAvoidanceEstimateTest {

    private static final List<UnitCost> COSTS = List.of(
            new UnitCost("housing", "Homelessness case", 300_000, "GMCA Unit Cost Database", "2024/25", HeadlineOutcome.HOUSING),
            new UnitCost("education", "Persistent absence", 150_000, "GMCA Unit Cost Database", "2024/25", HeadlineOutcome.EDUCATION),
            new UnitCost("crime", "Youth justice entrant", 400_000, "GMCA Unit Cost Database", "2024/25", HeadlineOutcome.CRIME_PREVENTION));

    private static InsightTable.Row row(InsightTable t, String key) {
        return t.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theEstimateIsSustainedOutcomesTimesTheUnitCost() {
        InsightTable t = CostAvoidanceEstimate.table(COSTS, Map.of(HeadlineOutcome.HOUSING, 6L, HeadlineOutcome.EDUCATION, 7L,
                HeadlineOutcome.CRIME_PREVENTION, 5L, HeadlineOutcome.HEALTH, 9L), "April 2026 to November 2026");
        assertThat(row(t, "housing").figures().get(0).text()).isEqualTo("6");
        assertThat(row(t, "housing").figures().get(1).text()).isEqualTo("£3,000.00");
        assertThat(row(t, "housing").figures().get(2).text()).isEqualTo("£18,000.00");
        assertThat(row(t, "education").figures().get(2).text()).isEqualTo("£10,500.00");
        assertThat(row(t, "crime").figures().get(2).text()).isEqualTo("£20,000.00");
        // Health has no unit cost: it counts for nothing.
        assertThat(row(t, "total").figures().get(0).text()).isEqualTo("18");
        assertThat(row(t, "total").figures().get(2).text()).isEqualTo("£48,500.00");
        assertThat(t.title()).contains("estimate");
        assertThat(t.method()).contains("not savings").doesNotContainIgnoringCase("savings of");
        assertThat(t.notes().get(0)).contains("illustrative");
    }

    @Test
    void aSmallCountHidesItsAmountAndTheTotalEstimate() {
        InsightTable t = CostAvoidanceEstimate.table(COSTS, Map.of(HeadlineOutcome.HOUSING, 3L, HeadlineOutcome.EDUCATION, 7L,
                HeadlineOutcome.CRIME_PREVENTION, 12L), "2026");
        assertThat(row(t, "housing").figures().get(0).text()).isEqualTo("fewer than 5");
        assertThat(row(t, "housing").figures().get(2).value()).isNull();
        assertThat(row(t, "housing").figures().get(2).text()).isEqualTo("fewer than 5");
        // Secondary suppression: the smallest other part is withheld, so the total cannot give the hidden count away.
        assertThat(row(t, "education").figures().get(0).text()).isEqualTo("withheld");
        assertThat(row(t, "education").figures().get(2).text()).isEqualTo("withheld");
        assertThat(row(t, "crime").figures().get(2).text()).isEqualTo("£48,000.00");
        assertThat(row(t, "total").figures().get(0).text()).isEqualTo("22");
        assertThat(row(t, "total").figures().get(2).value()).isNull();
        // The unit cost itself is not about people: always shown.
        assertThat(row(t, "housing").figures().get(1).text()).isEqualTo("£3,000.00");
    }
}
