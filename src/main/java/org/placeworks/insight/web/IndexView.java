package org.placeworks.insight.web;

import org.placeworks.insight.Figure;
import org.placeworks.insight.Unit;
import org.placeworks.insight.InequalityFigures.RateInequality;
import org.placeworks.insight.InequalityIndex;

/** One rate's inequality as the page writes it: the indices with their intervals and reading, or why not. */
public record IndexView(String key, String measure, String unitText, String points, boolean worked, String sii,
        String siiInterval, String rii, String riiInterval, String reading, String whyNot, boolean hasGap,
        String mostDeprived, String leastDeprived, String gap, String ratio, String gapWhyNot) {

    static IndexView of(RateInequality r) {
        String key = r.rate().name().toLowerCase().replace('_', '-');
        InequalityIndex i = r.index();
        InequalityIndex.Gap g = r.gap();
        Unit unit = r.rate().unit();
        return new IndexView(key, r.rate().label(), r.rate().unitText(), r.rate().pointsText(), r.worked(),
                i == null ? null : number(i.sii()),
                i == null ? null : number(i.siiLower()) + " to " + number(i.siiUpper()),
                i == null ? null : ratio(i.rii()),
                i == null ? null : ratio(i.riiLower()) + " to " + ratio(i.riiUpper()),
                i == null ? null : reading(i), r.whyNot(), r.hasGap(),
                g == null ? null : Figure.exact(g.mostDeprived(), unit).text(),
                g == null ? null : Figure.exact(g.leastDeprived(), unit).text(),
                g == null ? null : number(g.difference()),
                g == null ? null : g.ratio() == null ? "not defined (the least deprived fifth's rate is zero)" : ratio(g.ratio()),
                r.gapWhyNot());
    }

    /** What the interval says, in words: a direction only where the whole interval lies on one side of zero. */
    private static String reading(InequalityIndex i) {
        if (i.siiLower() > 0) {
            return "Higher in more deprived places: the whole interval is above zero.";
        }
        if (i.siiUpper() < 0) {
            return "Lower in more deprived places: the whole interval is below zero.";
        }
        return "No clear difference between more and less deprived places: the interval includes zero.";
    }

    private static String number(double v) {
        return Figure.exact(v, Unit.NUMBER).text();
    }

    private static String ratio(double v) {
        return Figure.exact(v, Unit.RATIO).text();
    }
}
