package org.placeworks.grant;

/**
 * What a fund awarded for one headline need (the Supporting Families outcome the need is tagged with),
 * beside how those needs have gone: closed as met, partly met, not met, or still open, and the average
 * score movement since assessment. Counts from 1 to 4 are shown as "fewer than 5"; a row whose
 * spend is suppressed ({@link SmallNumbers}) shows no outcomes either.
 */
public record NeedSpend(FundView.Breakdown spend, String needs, String met, String partlyMet, String notMet, String open,
        String averageMove) {

    public String headline() {
        return spend.name();
    }

    public boolean shown() {
        return spend.awards() != null;
    }

    static String count(long n) {
        return n > 0 && n < SmallNumbers.THRESHOLD ? "fewer than 5" : String.valueOf(n);
    }
}
