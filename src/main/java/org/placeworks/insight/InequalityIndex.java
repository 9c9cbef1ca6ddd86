package org.placeworks.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * The slope and relative indices of inequality (SII, RII) of a rate across groups ranked from most to least
 * deprived, worked out the standard way: each group is placed at the mid-point of its share of the cumulative
 * population (0 = most deprived end, 1 = least deprived end) and the group rates are regressed on that rank by
 * weighted least squares.
 *
 * <ul>
 * <li>SII = fitted rate at rank 0 minus fitted rate at rank 1 (minus the slope): positive when rates are higher in
 * more deprived places.</li>
 * <li>RII = SII divided by the weighted mean rate (the rate of all groups together).</li>
 * <li>95% confidence interval of the SII: SII &plusmn; t(0.975, groups &minus; 2) &times; the slope's standard error,
 * the residual variance estimated from the weighted residuals on groups &minus; 2 degrees of freedom (as R's
 * {@code lm} with weights does). The RII's interval is the SII's bounds divided by the mean rate.</li>
 * </ul>
 *
 * Pure: no database, no clock.
 */
public record InequalityIndex(double sii, double siiLower, double siiUpper, double rii, double riiLower,
        double riiUpper, double meanRate, int groups) {

    /** Below three groups with a rate there are no degrees of freedom left for a confidence interval. */
    public static final int FEWEST_GROUPS = 3;

    /**
     * One group (a decile): {@code population} places it on the rank (children living there), {@code events} over
     * {@code base} is its rate, and {@code base} weights it in the regression (children for a rate per child,
     * closures for a share of closures).
     */
    public record Group(String label, long population, long events, long base) {

        public Group {
            if (population < 0 || events < 0 || base < 0) {
                throw new IllegalArgumentException("Negative figure in group " + label);
            }
        }

        boolean hasRate() {
            return base > 0;
        }

        double rate(double per) {
            return (double) events / base * per;
        }
    }

    /** An index, or the reason it cannot be worked out (said on the page instead of a number). */
    public record Outcome(InequalityIndex index, String whyNot) {

        public boolean worked() {
            return index != null;
        }
    }

    /** The gap between the most and least deprived fifths: their rates, the difference and the ratio. */
    public record Gap(double mostDeprived, double leastDeprived, double difference, Double ratio) {
    }

    /**
     * Works out the indices for {@code groups} listed from most to least deprived, with rates expressed per
     * {@code per} (1000 for a rate per 1,000 children, 100 for a percentage).
     */
    public static Outcome of(List<Group> groups, double per) {
        long total = groups.stream().mapToLong(Group::population).sum();
        if (total == 0) {
            return new Outcome(null, "there is no population to rank the groups by");
        }
        List<double[]> points = new ArrayList<>(); // {rank, rate, weight}
        long before = 0;
        for (Group g : groups) {
            if (g.population() > 0 && g.hasRate()) {
                double rank = (before + g.population() / 2.0) / total;
                points.add(new double[] {rank, g.rate(per), g.base()});
            }
            before += g.population();
        }
        int n = points.size();
        if (n < FEWEST_GROUPS) {
            return new Outcome(null, "fewer than " + FEWEST_GROUPS + " groups have both a population and a rate");
        }
        double weights = 0, meanRank = 0, meanRate = 0;
        for (double[] p : points) {
            weights += p[2];
            meanRank += p[2] * p[0];
            meanRate += p[2] * p[1];
        }
        meanRank /= weights;
        meanRate /= weights;
        double sxx = 0, sxy = 0;
        for (double[] p : points) {
            sxx += p[2] * (p[0] - meanRank) * (p[0] - meanRank);
            sxy += p[2] * (p[0] - meanRank) * (p[1] - meanRate);
        }
        if (sxx == 0) {
            return new Outcome(null, "the groups do not spread across the deprivation rank");
        }
        double slope = sxy / sxx;
        double intercept = meanRate - slope * meanRank;
        double squares = 0;
        for (double[] p : points) {
            double residual = p[1] - (intercept + slope * p[0]);
            squares += p[2] * residual * residual;
        }
        double standardError = Math.sqrt(squares / (n - 2) / sxx);
        double sii = -slope;
        double half = studentT975(n - 2) * standardError;
        double lower = sii - half;
        double upper = sii + half;
        if (meanRate == 0) {
            return new Outcome(null, "the overall rate is zero, so there is nothing to compare");
        }
        return new Outcome(new InequalityIndex(sii, lower, upper, sii / meanRate, lower / meanRate, upper / meanRate,
                meanRate, n), null);
    }

    /**
     * The most deprived fifth's rate minus the least deprived fifth's, and their ratio (null when the least
     * deprived fifth's rate is zero); null when either fifth has no rate.
     */
    public static Gap gap(Group mostDeprivedFifth, Group leastDeprivedFifth, double per) {
        if (!mostDeprivedFifth.hasRate() || !leastDeprivedFifth.hasRate()) {
            return null;
        }
        double most = mostDeprivedFifth.rate(per);
        double least = leastDeprivedFifth.rate(per);
        return new Gap(most, least, most - least, least == 0 ? null : most / least);
    }

    /** The 97.5th percentile of Student's t with {@code df} degrees of freedom (two-sided 95%). */
    static double studentT975(int df) {
        // Published quantiles; a decile regression has at most 8 degrees of freedom, quintiles 3.
        double[] table = {12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851,
            2.364624252, 2.306004135, 2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688,
            2.131449546, 2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068,
            2.068657610, 2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456};
        if (df < 1) {
            throw new IllegalArgumentException("No degrees of freedom");
        }
        return df <= table.length ? table[df - 1] : 1.959963985; // beyond 30, the normal quantile
    }
}
