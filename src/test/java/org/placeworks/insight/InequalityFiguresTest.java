package org.placeworks.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.Figure.Shown;
import org.placeworks.insight.InequalityFigures.PlaceCounts;
import org.placeworks.insight.InequalityFigures.Rate;
import org.placeworks.insight.InequalityFigures.RateInequality;

class InequalityFiguresTest {

    private static final List<String> VINTAGE = List.of("Child populations: 2024 (ONS) for 4 neighbourhoods.");

    /** Column positions of the tables: children, referrals, rate, re-referrals, share, closures, met, share. */
    private static final int CHILDREN = 0, REFERRALS = 1, RATE = 2, RE_REFERRALS = 3, RE_SHARE = 4, CLOSURES = 5, MET = 6, MET_SHARE = 7;

    /*
     * Referrals: decile 1 has 3 (fewer than 5). Fifth 1 = decile 1 + decile 2 = 3 + 10 = 13 is shown, so decile 2
     * (the only other part) must be withheld or decile 1 = 13 - 10. The fifths and the total stay shown.
     */
    private static final List<PlaceCounts> SMALL = List.of(
            new PlaceCounts(1, 100, 3, 0, 0, 0),
            new PlaceCounts(2, 200, 10, 0, 0, 0),
            new PlaceCounts(3, 300, 20, 0, 0, 0),
            new PlaceCounts(4, 250, 14, 0, 0, 0),
            new PlaceCounts(4, 150, 16, 0, 0, 0));

    @Test
    void aHiddenDecileTakesItsPartnerInTheFifthWithItSoTheOtherTableCannotGiveItAway() {
        InequalityFigures figures = InequalityFigures.of(SMALL, VINTAGE);
        InsightTable deciles = figures.decileTable();
        InsightTable fifths = figures.quintileTable();

        assertEquals(Shown.FEWER_THAN_FIVE, cell(deciles, "decile-1", REFERRALS).state());
        assertEquals(Shown.WITHHELD, cell(deciles, "decile-2", REFERRALS).state());
        assertEquals("20", cell(deciles, "decile-3", REFERRALS).text());
        assertEquals("30", cell(deciles, "decile-4", REFERRALS).text(), "two neighbourhoods of decile 4 add up");
        assertEquals("13", cell(fifths, "fifth-1", REFERRALS).text());
        assertEquals("63", cell(fifths, "total", REFERRALS).text());
        assertEquals("63", cell(deciles, "total", REFERRALS).text());
    }

    @Test
    void ratesAndSharesAreHiddenWithTheirCountsAndPopulationsAreShown() {
        InsightTable deciles = InequalityFigures.of(SMALL, VINTAGE).decileTable();

        assertEquals("100", cell(deciles, "decile-1", CHILDREN).text());
        assertEquals(Shown.FEWER_THAN_FIVE, cell(deciles, "decile-1", RATE).state());
        assertEquals(Shown.WITHHELD, cell(deciles, "decile-2", RATE).state());
        // 20 referrals / 300 children x 1,000 = 66.7
        assertEquals("66.7", cell(deciles, "decile-3", RATE).text());
        // no re-referrals: the count is fewer than 5 and so is its share; no closures: the share is hidden too
        assertEquals(Shown.FEWER_THAN_FIVE, cell(deciles, "decile-3", RE_REFERRALS).state());
        assertFalse(cell(deciles, "decile-3", RE_SHARE).shown());
        assertFalse(cell(deciles, "decile-3", CLOSURES).shown());
        assertFalse(cell(deciles, "decile-3", MET_SHARE).shown());
        assertEquals(InequalityFigures.DECILES_ID, deciles.id());
        assertTrue(deciles.method().contains("per 1,000 children"));
        assertTrue(deciles.notes().containsAll(VINTAGE));
    }

    @Test
    void theIndicesAreNotPublishedWhileAnyDecileCountIsHidden() {
        RateInequality referrals = InequalityFigures.of(SMALL, VINTAGE).inequalities().get(0);

        assertEquals(Rate.REFERRAL_RATE, referrals.rate());
        assertFalse(referrals.worked());
        assertTrue(referrals.whyNot().contains("too small to publish"), referrals.whyNot());
        assertFalse(referrals.hasGap(), "the least deprived fifth is not among these neighbourhoods");
    }

    /*
     * The worked example of InequalityIndexTest placed in deciles 1, 4, 7 and 10 (same order, same children):
     * SII 253.3333 per 1,000 (95% CI -216.2497 to 722.9164), RII 1.4074.
     * Fifths: fifth 1 is decile 1 alone, 40/100 = 400 per 1,000; fifth 5 is decile 10, 20/200 = 100 per 1,000;
     * gap 400 - 100 = 300, ratio 400 / 100 = 4.
     * Shares: closures 10, 20, 10, 10 with 8, 10, 2, 5 met; re-referrals all 0.
     */
    private static final List<PlaceCounts> WORKED = List.of(
            new PlaceCounts(1, 100, 40, 0, 10, 8),
            new PlaceCounts(4, 300, 60, 0, 20, 10),
            new PlaceCounts(7, 400, 60, 0, 10, 2),
            new PlaceCounts(10, 200, 20, 0, 10, 5),
            new PlaceCounts(null, 500, 99, 0, 0, 0),
            new PlaceCounts(5, null, 99, 0, 0, 0));

    @Test
    void theIndicesAndGapOfTheReferralRateAreTheHandWorkedOnes() {
        RateInequality referrals = InequalityFigures.of(WORKED, VINTAGE).inequalities().get(0);

        assertTrue(referrals.worked(), referrals.whyNot());
        assertEquals(253.3333, referrals.index().sii(), 0.00005);
        assertEquals(-216.2497, referrals.index().siiLower(), 0.00005);
        assertEquals(722.9164, referrals.index().siiUpper(), 0.00005);
        assertEquals(1.4074, referrals.index().rii(), 0.00005);
        assertEquals(400.0, referrals.gap().mostDeprived(), 0.00005);
        assertEquals(100.0, referrals.gap().leastDeprived(), 0.00005);
        assertEquals(300.0, referrals.gap().difference(), 0.00005);
        assertEquals(4.0, referrals.gap().ratio(), 0.00005);
    }

    @Test
    void aShareWithAHiddenDecileAndARateWithNothingToCountAreSaidNotToBeWorkedOut() {
        List<RateInequality> all = InequalityFigures.of(WORKED, VINTAGE).inequalities();

        RateInequality needsMet = all.get(1);
        assertEquals(Rate.NEEDS_MET, needsMet.rate());
        assertFalse(needsMet.worked(), "decile 7 had 2 closures meeting every need: fewer than 5");
        // Fifth 4 (decile 7 alone, 2 met) is hidden, so the smallest other fifth, fifth 5 (5 met), is withheld
        // (else 2 = 25 - 8 - 10 - 5), and with it the gap that would have used it.
        assertFalse(needsMet.hasGap());
        assertTrue(needsMet.gapWhyNot().contains("too small"), needsMet.gapWhyNot());
        RateInequality reReferral = all.get(2);
        assertFalse(reReferral.worked());
        assertNull(reReferral.gap());
        assertTrue(reReferral.gapWhyNot().contains("too small"), reReferral.gapWhyNot());
    }

    @Test
    void neighbourhoodsWithoutADecileOrPopulationAreLeftOutAndSaidToBe() {
        InequalityFigures figures = InequalityFigures.of(WORKED, VINTAGE);

        assertEquals("180", cell(figures.decileTable(), "total", REFERRALS).text());
        assertEquals("1,000", cell(figures.decileTable(), "total", CHILDREN).text());
        assertTrue(figures.notes().contains("2 neighbourhoods have no deprivation decile or no child population and are left out."),
                figures.notes().toString());
    }

    @Test
    void theIndicesTableHoldsTheWorkedFiguresAndSaysWhyTheOthersAreMissing() {
        InsightTable indices = InequalityFigures.of(WORKED, VINTAGE).indicesTable();

        assertEquals("253.3", cell(indices, "referral-rate", 0).text());
        assertEquals("1.41", cell(indices, "referral-rate", 3).text());
        assertEquals("300.0", cell(indices, "referral-rate", 8).text());
        assertEquals(Shown.NONE, cell(indices, "needs-met", 0).state());
        assertTrue(indices.notes().stream().anyMatch(n -> n.startsWith("Every need met at closure: the indices cannot be worked out")),
                indices.notes().toString());
        assertTrue(indices.method().contains("positive when the rate is higher in more deprived places"));
    }

    @Test
    void noNeighbourhoodWithADecileMeansNoIndices() {
        RateInequality referrals = InequalityFigures.of(List.of(new PlaceCounts(null, 100, 50, 0, 0, 0)), VINTAGE)
                .inequalities().get(0);

        assertFalse(referrals.worked());
        assertTrue(referrals.whyNot().contains("no neighbourhood"));
    }

    private static Figure cell(InsightTable table, String rowKey, int column) {
        return table.rows().stream().filter(r -> r.key().equals(rowKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowKey)).figures().get(column);
    }
}
