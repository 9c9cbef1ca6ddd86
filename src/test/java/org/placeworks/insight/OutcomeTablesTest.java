package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.insight.internal.OutcomeQueries;
import org.placeworks.insight.internal.TimelinessQueries;

/** The outcome tables built from raw counts: the figures worked out by hand, and their suppression. */
class OutcomeTablesTest {

    private static final InsightFilter FILTER = new InsightFilter(YearMonth.of(2031, 1), YearMonth.of(2031, 6), null, null, null);
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    /** The text of the cell in the row with this key and the column with this key. */
    static String cell(InsightTable table, String row, String column) {
        int c = table.columns().stream().map(InsightTable.Column::key).toList().indexOf(column);
        assertThat(c).as("column " + column).isNotNegative();
        return table.rows().stream().filter(r -> r.key().equals(row)).findFirst().orElseThrow().figures().get(c).text();
    }

    @Test
    void sharesAndRatesAreWorkedOutFromTheCounts() {
        InsightTable table = OutcomesTable.build(FILTER, List.of(
                new OutcomeQueries.ServiceOutcomes(A, "Family Support", 20, 10, 6, 4, 5, 25, 5)));
        String a = A.toString();
        assertThat(cell(table, a, "closed")).isEqualTo("20");
        assertThat(cell(table, a, "allMet")).isEqualTo("10");
        assertThat(cell(table, a, "allMetShare")).isEqualTo("50.0%");
        // 4 not met is under 5, so 20 = 10 + 6 + (hidden) would give it away: the smaller shown part goes too.
        assertThat(cell(table, a, "notMet")).isEqualTo("fewer than 5");
        assertThat(cell(table, a, "notMetShare")).isEqualTo("fewer than 5");
        assertThat(cell(table, a, "partlyMet")).isEqualTo("withheld");
        assertThat(cell(table, a, "partlyMetShare")).isEqualTo("withheld");
        assertThat(cell(table, a, "steppedUp")).isEqualTo("5");
        assertThat(cell(table, a, "stepUpRate")).isEqualTo("25.0%");
        assertThat(cell(table, a, "stepDownRate")).isEqualTo("20.0%");
        assertThat(cell(table, OutcomesTable.TOTAL, "closed")).isEqualTo("20");
    }

    @Test
    void aServiceWithFewerThanFiveClosuresIsHiddenAndTheNextSmallestServiceIsWithheld() {
        // A: 6 closed (5 all met, 1 partly); B: 2 closed; C: 10 closed (5 all met, 5 partly). Total 18 (12, 6).
        InsightTable table = OutcomesTable.build(FILTER, List.of(
                new OutcomeQueries.ServiceOutcomes(A, "Family Support", 6, 5, 1, 0, 0, 7, 1),
                new OutcomeQueries.ServiceOutcomes(B, "School Nursing", 2, 2, 0, 0, 0, 2, 0),
                new OutcomeQueries.ServiceOutcomes(C, "Youth Service", 10, 5, 5, 0, 0, 10, 0)));
        String a = A.toString();
        String b = B.toString();
        String c = C.toString();
        assertThat(cell(table, b, "closed")).isEqualTo("fewer than 5");
        assertThat(cell(table, b, "allMetShare")).isEqualTo("fewer than 5");
        assertThat(cell(table, b, "stepUpRate")).isEqualTo("fewer than 5");
        // Total 18 shown with A 6 and C 10 would give B's 2 away: the smaller shown service, A, is withheld, and
        // every share of A's closures with it.
        assertThat(cell(table, a, "closed")).isEqualTo("withheld");
        assertThat(cell(table, a, "allMetShare")).isEqualTo("withheld");
        assertThat(cell(table, c, "closed")).isEqualTo("10");
        assertThat(cell(table, a, "referrals")).isEqualTo("withheld");
        assertThat(cell(table, c, "referrals")).isEqualTo("10");
        assertThat(cell(table, OutcomesTable.TOTAL, "referrals")).isEqualTo("19");
        // C: 10 = 5 + 5 + (0 hidden): of the two equal parts, the first is withheld.
        assertThat(cell(table, c, "allMet")).isEqualTo("withheld");
        assertThat(cell(table, c, "partlyMet")).isEqualTo("5");
        assertThat(cell(table, c, "partlyMetShare")).isEqualTo("50.0%");
        // The total row: 18 = 12 + 6 + (0 hidden): the smaller, 6 partly met, is withheld.
        assertThat(cell(table, OutcomesTable.TOTAL, "closed")).isEqualTo("18");
        assertThat(cell(table, OutcomesTable.TOTAL, "allMet")).isEqualTo("12");
        assertThat(cell(table, OutcomesTable.TOTAL, "allMetShare")).isEqualTo("66.7%");
        assertThat(cell(table, OutcomesTable.TOTAL, "partlyMet")).isEqualTo("withheld");
        assertThat(cell(table, OutcomesTable.TOTAL, "partlyMetShare")).isEqualTo("withheld");
        assertNoSumGivesAHiddenCountAway(table, List.of(a, b, c), List.of("closed", "allMet", "partlyMet", "notMet",
                "steppedUp", "referrals", "steppedDown"));
    }

    @Test
    void everyHeadlineOutcomeHasARowAndTheTotalAddsThemUp() {
        List<OutcomeQueries.HeadlineNeeds> rows = new ArrayList<>();
        for (HeadlineOutcome h : HeadlineOutcome.values()) {
            rows.add(h == HeadlineOutcome.EDUCATION ? new OutcomeQueries.HeadlineNeeds(h, 12, 6, 6, 0, 0)
                    : h == HeadlineOutcome.HOUSING ? new OutcomeQueries.HeadlineNeeds(h, 3, 1, 1, 1, 0)
                    : new OutcomeQueries.HeadlineNeeds(h, 0, 0, 0, 0, 0));
        }
        InsightTable table = HeadlineOutcomesTable.build(FILTER, rows);
        assertThat(table.rows()).hasSize(HeadlineOutcome.values().length + 1);
        assertThat(table.rows().get(0).label()).isEqualTo("Getting a good education");
        // Education: 12 = 6 + 6 + 0 + 0, two hidden: nothing more to hide.
        assertThat(cell(table, "EDUCATION", "needs")).isEqualTo("12");
        assertThat(cell(table, "EDUCATION", "met")).isEqualTo("6");
        assertThat(cell(table, "EDUCATION", "metShare")).isEqualTo("50.0%");
        assertThat(cell(table, "HOUSING", "needs")).isEqualTo("fewer than 5");
        // Total 15 needs shown with Education's 12 shown and every other headline hidden: two or more hidden, fine.
        assertThat(cell(table, OutcomesTable.TOTAL, "needs")).isEqualTo("15");
        assertThat(cell(table, OutcomesTable.TOTAL, "met")).isEqualTo("7");
        assertThat(cell(table, OutcomesTable.TOTAL, "partlyMet")).isEqualTo("7");
        assertThat(cell(table, OutcomesTable.TOTAL, "metShare")).isEqualTo("46.7%");
    }

    @Test
    void grantAmountsAreHiddenWhereTheNumberOfGrantsIs() {
        List<OutcomeQueries.HeadlineGrants> rows = new ArrayList<>();
        for (HeadlineOutcome h : HeadlineOutcome.values()) {
            rows.add(switch (h) {
                case EDUCATION -> new OutcomeQueries.HeadlineGrants(h, 8, 80_000, 6, 59_950, 7, 5, 0, 0, 0, 2);
                case HOUSING -> new OutcomeQueries.HeadlineGrants(h, 6, 120_000, 5, 100_000, 6, 0, 0, 0, 0, 6);
                case HEALTH -> new OutcomeQueries.HeadlineGrants(h, 2, 15_000, 1, 5_000, 2, 1, 0, 0, 0, 1);
                default -> new OutcomeQueries.HeadlineGrants(h, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            });
        }
        InsightTable table = GrantsToOutcomesTable.build(FILTER, rows);
        // Health's 2 grants are hidden with their £150; the headlines with none are hidden too (zero is under 5),
        // so Health's cannot be worked out from the total and nothing more is withheld.
        assertThat(cell(table, "HEALTH", "awarded")).isEqualTo("fewer than 5");
        assertThat(cell(table, "HEALTH", "awardedPence")).isEqualTo("fewer than 5");
        assertThat(cell(table, "HEALTH", "paidPence")).isEqualTo("fewer than 5");
        assertThat(cell(table, "HOUSING", "awarded")).isEqualTo("6");
        assertThat(cell(table, "HOUSING", "awardedPence")).isEqualTo("£1,200.00");
        assertThat(cell(table, "HOUSING", "paidPence")).isEqualTo("£1,000.00");
        assertThat(cell(table, "EDUCATION", "awarded")).isEqualTo("8");
        assertThat(cell(table, "EDUCATION", "awardedPence")).isEqualTo("£800.00");
        assertThat(cell(table, "EDUCATION", "paidPence")).isEqualTo("£599.50");
        assertThat(cell(table, OutcomesTable.TOTAL, "awarded")).isEqualTo("16");
        assertThat(cell(table, OutcomesTable.TOTAL, "awardedPence")).isEqualTo("£2,150.00");
        // Education's 7 needs: 5 met, 2 still open (hidden), the rest zero (hidden).
        assertThat(cell(table, "EDUCATION", "met")).isEqualTo("5");
        assertThat(cell(table, "EDUCATION", "open")).isEqualTo("fewer than 5");
    }

    @Test
    void aMedianFromFewerThanFiveCasesIsHiddenWithItsCount() {
        UUID many = A;
        UUID few = B;
        Map<UUID, TimelinessQueries.Timeliness> groups = new LinkedHashMap<>();
        groups.put(many, new TimelinessQueries.Timeliness(new TimelinessQueries.Stage(8, 6, 12.5),
                new TimelinessQueries.Stage(6, 0, 40.0), new TimelinessQueries.Stage(5, 0, 85.5)));
        groups.put(few, new TimelinessQueries.Timeliness(new TimelinessQueries.Stage(4, 4, 9.0),
                new TimelinessQueries.Stage(0, 0, null), new TimelinessQueries.Stage(1, 0, 30.0)));
        TimelinessQueries.Grouped grouped = new TimelinessQueries.Grouped(groups, new TimelinessQueries.Timeliness(
                new TimelinessQueries.Stage(12, 10, 11.0), new TimelinessQueries.Stage(6, 0, 40.0),
                new TimelinessQueries.Stage(6, 0, 80.0)));
        Map<UUID, String> labels = new LinkedHashMap<>();
        labels.put(many, "Family Support");
        labels.put(few, "School Nursing");
        InsightTable table = TimelinessTable.build("timeliness", "Timeliness by service", "Owning service", FILTER, grouped,
                labels, "All services");
        assertThat(cell(table, few.toString(), "assessments")).isEqualTo("fewer than 5");
        assertThat(cell(table, few.toString(), "daysToAssessment")).isEqualTo("fewer than 5");
        assertThat(cell(table, few.toString(), "daysToReview")).isEqualTo("no data");
        assertThat(cell(table, few.toString(), "daysToClosure")).isEqualTo("fewer than 5");
        // 12 assessments = 8 + (4 hidden): Family Support's 8 is withheld, and its median with it; so are its 6
        // first reviews (6 = 6 + hidden 0) and 5 closures (6 = 5 + hidden 1).
        assertThat(cell(table, many.toString(), "assessments")).isEqualTo("withheld");
        assertThat(cell(table, many.toString(), "daysToAssessment")).isEqualTo("withheld");
        assertThat(cell(table, many.toString(), "withinTimescale")).isEqualTo("withheld");
        assertThat(cell(table, many.toString(), "withinShare")).isEqualTo("withheld");
        assertThat(cell(table, many.toString(), "daysToReview")).isEqualTo("withheld");
        assertThat(cell(table, many.toString(), "daysToClosure")).isEqualTo("withheld");
        assertThat(cell(table, OutcomesTable.TOTAL, "daysToReview")).isEqualTo("40.0 days");
        assertThat(cell(table, OutcomesTable.TOTAL, "assessments")).isEqualTo("12");
        assertThat(cell(table, OutcomesTable.TOTAL, "withinShare")).isEqualTo("83.3%");
        assertThat(cell(table, OutcomesTable.TOTAL, "daysToAssessment")).isEqualTo("11.0 days");
        assertThat(cell(table, OutcomesTable.TOTAL, "daysToClosure")).isEqualTo("80.0 days");
    }

    /** No column's total, with every shown part, leaves exactly one hidden cell to be worked out. */
    private static void assertNoSumGivesAHiddenCountAway(InsightTable table, List<String> rows, List<String> columns) {
        for (String column : columns) {
            long hidden = rows.stream().filter(r -> isHidden(cell(table, r, column))).count()
                    + (isHidden(cell(table, OutcomesTable.TOTAL, column)) ? 1 : 0);
            assertThat(hidden).as("hidden cells in column " + column).isNotEqualTo(1);
        }
    }

    private static boolean isHidden(String text) {
        return text.equals("fewer than 5") || text.equals("withheld");
    }
}
