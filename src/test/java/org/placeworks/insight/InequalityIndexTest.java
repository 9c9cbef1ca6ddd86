package org.placeworks.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.InequalityIndex.Group;

class InequalityIndexTest {

    private static final double FOUR_PLACES = 0.00005;

    /*
     * Worked by hand. Four groups, most deprived first (population = children = base of the rate):
     *   A: 100 children, 40 referrals -> 0.40  (400 per 1,000)
     *   B: 300 children, 60 referrals -> 0.20
     *   C: 400 children, 60 referrals -> 0.15
     *   D: 200 children, 20 referrals -> 0.10
     * Total 1,000. Cumulative rank mid-points: A (0 + 50)/1000 = 0.05, B (100 + 150)/1000 = 0.25,
     *   C (400 + 200)/1000 = 0.60, D (800 + 100)/1000 = 0.90.
     * Weighted means (weights 100, 300, 400, 200; sum 1,000):
     *   mean rank = (5 + 75 + 240 + 180)/1000 = 0.5
     *   mean rate = (40 + 60 + 60 + 20)/1000 = 0.18
     * Sxx = 100(-0.45)^2 + 300(-0.25)^2 + 400(0.10)^2 + 200(0.40)^2 = 20.25 + 18.75 + 4 + 32 = 75
     * Sxy = 100(-0.45)(0.22) + 300(-0.25)(0.02) + 400(0.10)(-0.03) + 200(0.40)(-0.08)
     *     = -9.9 - 1.5 - 1.2 - 6.4 = -19
     * slope = -19/75 = -0.253333; intercept = 0.18 + 0.253333 x 0.5 = 0.306667
     * residuals: A 0.40 - (0.306667 - 0.012667) = 0.106;  B 0.20 - 0.243333 = -0.043333;
     *            C 0.15 - 0.154667 = -0.004667;           D 0.10 - 0.078667 = 0.021333
     * weighted squares = 100(0.011236) + 300(0.0018778) + 400(0.00002178) + 200(0.00045511) = 1.786667 (= 134/75)
     * s^2 = 1.786667 / (4 - 2) = 0.893333;  SE(slope) = sqrt(0.893333 / 75) = 0.109138
     * t(0.975, 2) = 4.3026527, so half-width = 4.3026527 x 0.10913804 = 0.46958307
     * SII = 0.25333333 (253.3333 per 1,000), 95% CI 0.25333333 -/+ 0.46958307 = -0.21624974 to 0.72291640
     * RII = 0.25333333 / 0.18 = 1.4074074, CI -0.21624974/0.18 = -1.2013874 to 0.72291640/0.18 = 4.0162022
     */
    private static final List<Group> FOUR = List.of(
            new Group("A", 100, 40, 100), new Group("B", 300, 60, 300),
            new Group("C", 400, 60, 400), new Group("D", 200, 20, 200));

    @Test
    void theWorkedExampleGivesTheHandComputedSlopeIndexAndInterval() {
        InequalityIndex index = InequalityIndex.of(FOUR, 1000).index();

        assertEquals(253.3333, index.sii(), FOUR_PLACES);
        assertEquals(-216.2497, index.siiLower(), FOUR_PLACES);
        assertEquals(722.9164, index.siiUpper(), FOUR_PLACES);
        assertEquals(180.0, index.meanRate(), FOUR_PLACES);
        assertEquals(4, index.groups());
    }

    @Test
    void theRelativeIndexIsTheSlopeIndexOverTheMeanRateWithItsBoundsDividedTheSameWay() {
        InequalityIndex index = InequalityIndex.of(FOUR, 1000).index();

        assertEquals(1.4074, index.rii(), FOUR_PLACES);
        assertEquals(-1.2014, index.riiLower(), FOUR_PLACES);
        assertEquals(4.0162, index.riiUpper(), FOUR_PLACES);
    }

    @Test
    void theRelativeIndexDoesNotDependOnTheUnitOfTheRate() {
        InequalityIndex perChild = InequalityIndex.of(FOUR, 1).index();

        assertEquals(0.2533, perChild.sii(), FOUR_PLACES);
        assertEquals(1.4074, perChild.rii(), FOUR_PLACES);
    }

    @Test
    void ratesHigherInLessDeprivedPlacesGiveANegativeSlopeIndex() {
        List<Group> reversed = List.of(
                new Group("A", 200, 20, 200), new Group("B", 400, 60, 400),
                new Group("C", 300, 60, 300), new Group("D", 100, 40, 100));

        assertTrue(InequalityIndex.of(reversed, 1000).index().sii() < 0);
    }

    /*
     * A share weighted by its own base: three groups of 100 children each, with 10, 20 and 10 closures of which
     * 8, 10 and 2 met every need (80%, 50%, 20%). Ranks 1/6, 1/2, 5/6; weights 10, 20, 10 (sum 40).
     * mean rank = (10/6 + 10 + 50/6)/40 = 0.5; mean share = (8 + 10 + 2)/40 = 0.5 (50%)
     * Sxx = 10(1/3)^2 + 0 + 10(1/3)^2 = 20/9; Sxy = 10(-1/3)(30) + 0 + 10(1/3)(-30) = -200 (in percent)
     * slope = -200 / (20/9) = -90; the three points lie on the line, so SE = 0 and the interval is the point.
     * SII = 90 percentage points; RII = 90 / 50 = 1.8.
     */
    @Test
    void aShareIsWeightedByItsOwnBaseAndRankedByPopulation() {
        List<Group> closures = List.of(
                new Group("1", 100, 8, 10), new Group("2", 100, 10, 20), new Group("3", 100, 2, 10));

        InequalityIndex index = InequalityIndex.of(closures, 100).index();

        assertEquals(90.0, index.sii(), FOUR_PLACES);
        assertEquals(90.0, index.siiLower(), FOUR_PLACES);
        assertEquals(90.0, index.siiUpper(), FOUR_PLACES);
        assertEquals(1.8, index.rii(), FOUR_PLACES);
    }

    @Test
    void aGroupWithoutARateStillTakesItsPlaceOnTheRank() {
        // A group with children but no closures holds rank 0..1/3 without being a point of the regression.
        List<Group> groups = List.of(new Group("0", 100, 0, 0), new Group("1", 100, 8, 10),
                new Group("2", 100, 10, 20), new Group("3", 100, 2, 10));

        InequalityIndex.Outcome outcome = InequalityIndex.of(groups, 100);

        assertTrue(outcome.worked());
        assertEquals(3, outcome.index().groups());
        // ranks 3/8, 5/8, 7/8: the same straight line over a range a third narrower -> slope -90 x 4/3 = -120
        assertEquals(120.0, outcome.index().sii(), FOUR_PLACES);
    }

    @Test
    void fewerThanThreeGroupsWithARateCannotBeWorkedOut() {
        InequalityIndex.Outcome outcome = InequalityIndex.of(
                List.of(new Group("1", 100, 8, 10), new Group("2", 100, 0, 0), new Group("3", 100, 2, 10)), 100);

        assertFalse(outcome.worked());
        assertTrue(outcome.whyNot().contains("fewer than 3 groups"));
    }

    @Test
    void noPopulationCannotBeWorkedOut() {
        InequalityIndex.Outcome outcome = InequalityIndex.of(
                List.of(new Group("1", 0, 8, 10), new Group("2", 0, 4, 10), new Group("3", 0, 2, 10)), 100);

        assertFalse(outcome.worked());
        assertTrue(outcome.whyNot().contains("no population"));
    }

    @Test
    void aZeroOverallRateCannotBeWorkedOut() {
        InequalityIndex.Outcome outcome = InequalityIndex.of(
                List.of(new Group("1", 10, 0, 10), new Group("2", 10, 0, 10), new Group("3", 10, 0, 10)), 1000);

        assertFalse(outcome.worked());
    }

    /* Fifths: most deprived 30 referrals / 400 children = 75 per 1,000; least 10 / 500 = 20; gap 55, ratio 3.75. */
    @Test
    void theGapBetweenTheFifthsIsTheirDifferenceAndRatio() {
        InequalityIndex.Gap gap = InequalityIndex.gap(new Group("1", 400, 30, 400), new Group("5", 500, 10, 500), 1000);

        assertEquals(75.0, gap.mostDeprived(), FOUR_PLACES);
        assertEquals(20.0, gap.leastDeprived(), FOUR_PLACES);
        assertEquals(55.0, gap.difference(), FOUR_PLACES);
        assertEquals(3.75, gap.ratio(), FOUR_PLACES);
    }

    @Test
    void theGapHasNoRatioWhenTheLeastDeprivedRateIsZeroAndNoGapWithoutARate() {
        assertNull(InequalityIndex.gap(new Group("1", 400, 30, 400), new Group("5", 500, 0, 500), 1000).ratio());
        assertNull(InequalityIndex.gap(new Group("1", 400, 30, 400), new Group("5", 500, 0, 0), 1000));
    }

    @Test
    void studentsTQuantilesAreThePublishedOnes() {
        assertEquals(12.7062, InequalityIndex.studentT975(1), FOUR_PLACES);
        assertEquals(2.3060, InequalityIndex.studentT975(8), FOUR_PLACES);
        assertEquals(1.9600, InequalityIndex.studentT975(200), FOUR_PLACES);
    }
}
