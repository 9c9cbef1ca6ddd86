package org.placeworks.insight;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.placeworks.insight.InsightTable.Column;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.InsightTable.Row;

/**
 * Early help figures by deprivation: the neighbourhoods grouped by decile (1 = most deprived tenth of England)
 * and by fifth (quintile), their child populations, referral rates and the shares of closures and referrals,
 * and the slope and relative indices of inequality with the gap between the most and least deprived fifths.
 * Pure: built from each neighbourhood's raw counts; every count is published through {@link Suppression}.
 */
public final class InequalityFigures {

    public static final String DECILES_ID = "inequality-deciles";
    public static final String QUINTILES_ID = "inequality-quintiles";
    public static final String INDICES_ID = "inequality-indices";

    static final String TOTAL = "total";

    /** The method, in plain English, for the page, the exports and the API. */
    public static final String METHOD = "Each neighbourhood is placed in the deprivation decile of the English Indices of"
            + " Deprivation held for it (decile 1 is the most deprived tenth of England, 10 the least); fifths join"
            + " deciles 1 and 2, 3 and 4, and so on. Children are the stored child population (under 18) of the"
            + " neighbourhoods in each group. The referral rate is the referrals made in the period per 1,000 children."
            + " The share with every need met is of closures in the period that recorded outcomes; the re-referral"
            + " share is of the referrals in the period. Neighbourhoods with no decile or no child population are"
            + " left out. Counts are suppressed together across deciles, fifths and the total (a fifth is the sum of"
            + " its two deciles), so that no hidden count can be worked out by subtraction from the other table.";

    /** How the indices are worked out, for the page and the indices table. */
    public static final String INDEX_METHOD = "The slope index of inequality (SII) is worked out the standard way."
            + " The deciles are ordered from most to least deprived and each is placed at the mid-point of its share"
            + " of all the children (its cumulative population rank, from 0 at the most deprived end to 1 at the"
            + " least). A straight line is fitted to the deciles' rates against that rank by weighted least squares,"
            + " each decile weighted by the number its rate is worked out from (children for the referral rate,"
            + " closures for the share with every need met, referrals for the re-referral share). The SII is the"
            + " line's value at the most deprived end minus its value at the least deprived end: it is positive when"
            + " the rate is higher in more deprived places and negative when it is lower; for a share it is in"
            + " percentage points. The relative index (RII) is the SII divided by the overall rate of all the"
            + " deciles together: how big the gap across the whole range is, relative to the average. The 95%"
            + " confidence interval of the SII is the SII plus or minus Student's t (with the number of deciles less 2"
            + " degrees of freedom) times the standard error of the line's slope; the RII's interval is the SII's"
            + " divided by the overall rate. The indices need at least 3 deciles with a rate, and are not given when any"
            + " decile's count is suppressed (the index could let it be worked out). The gap is the most deprived fifth's rate minus"
            + " the least deprived fifth's, and the ratio is the first divided by the second; both are withheld when"
            + " either fifth's figures are.";

    /** One neighbourhood's figures: its decile and child population (either may be unknown) and raw counts. */
    public record PlaceCounts(Integer decile, Integer children, long referrals, long reReferrals, long closuresWithOutcomes,
            long allNeedsMet) {
    }

    /** The three rates the indices are worked out for. */
    public enum Rate {
        REFERRAL_RATE("Referral rate", "referrals per 1,000 children", 1000, Unit.RATE_PER_1000),
        NEEDS_MET("Every need met at closure", "percentage of closures with outcomes that met every need", 100, Unit.PERCENT),
        RE_REFERRAL("Re-referral", "percentage of referrals that were re-referrals", 100, Unit.PERCENT);

        private final String label;
        private final String unitText;
        private final double per;
        private final Unit unit;

        Rate(String label, String unitText, double per, Unit unit) {
            this.label = label;
            this.unitText = unitText;
            this.per = per;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        public String unitText() {
            return unitText;
        }

        public Unit unit() {
            return unit;
        }

        /** SII, its bounds and the gap: points on the rate's own scale. */
        public String pointsText() {
            return unit == Unit.PERCENT ? "percentage points" : "per 1,000 children";
        }
    }

    /** The indices and gap of one rate, each either worked out and publishable, or why not. */
    public record RateInequality(Rate rate, InequalityIndex index, String whyNot, InequalityIndex.Gap gap, String gapWhyNot) {

        public boolean worked() {
            return index != null;
        }

        public boolean hasGap() {
            return gap != null;
        }
    }

    private enum Count { REFERRALS, RE_REFERRALS, CLOSURES, MET }

    /** Raw sums of one group (a decile, a fifth or the whole). */
    private static final class Sums {
        long children;
        final Map<Count, Long> counts = new EnumMap<>(Count.class);

        Sums() {
            for (Count c : Count.values()) {
                counts.put(c, 0L);
            }
        }

        void add(PlaceCounts p) {
            children += p.children();
            counts.merge(Count.REFERRALS, p.referrals(), Long::sum);
            counts.merge(Count.RE_REFERRALS, p.reReferrals(), Long::sum);
            counts.merge(Count.CLOSURES, p.closuresWithOutcomes(), Long::sum);
            counts.merge(Count.MET, p.allNeedsMet(), Long::sum);
        }

        long get(Count c) {
            return counts.get(c);
        }
    }

    private final TreeMap<Integer, Sums> deciles = new TreeMap<>();
    private final TreeMap<Integer, Sums> quintiles = new TreeMap<>();
    private final Sums total = new Sums();
    private final Map<Count, Map<String, Figure>> published = new EnumMap<>(Count.class);
    private final List<String> notes = new ArrayList<>();
    private final int leftOut;

    private InequalityFigures(List<PlaceCounts> places, List<String> populationNotes) {
        int skipped = 0;
        for (PlaceCounts p : places) {
            if (p.decile() == null || p.children() == null || p.decile() < 1 || p.decile() > 10) {
                skipped++;
                continue;
            }
            deciles.computeIfAbsent(p.decile(), d -> new Sums()).add(p);
            quintiles.computeIfAbsent(quintile(p.decile()), q -> new Sums()).add(p);
            total.add(p);
        }
        leftOut = skipped;
        for (Count c : Count.values()) {
            published.put(c, suppress(c));
        }
        notes.addAll(populationNotes);
        if (leftOut > 0) {
            notes.add(leftOut + (leftOut == 1 ? " neighbourhood has" : " neighbourhoods have")
                    + " no deprivation decile or no child population and " + (leftOut == 1 ? "is" : "are") + " left out.");
        }
    }

    /**
     * The figures for these neighbourhoods; {@code populationNotes} say which year's populations are used (shown
     * with every table).
     */
    public static InequalityFigures of(List<PlaceCounts> places, List<String> populationNotes) {
        return new InequalityFigures(places, populationNotes);
    }

    static int quintile(int decile) {
        return (decile + 1) / 2;
    }

    private static String decileKey(int d) {
        return "decile-" + d;
    }

    private static String quintileKey(int q) {
        return "fifth-" + q;
    }

    /** One count through suppression: the total is the sum of the fifths, each fifth the sum of its deciles. */
    private Map<String, Figure> suppress(Count c) {
        Map<String, Long> raw = new LinkedHashMap<>();
        Map<String, List<String>> sums = new LinkedHashMap<>();
        raw.put(TOTAL, total.get(c));
        sums.put(TOTAL, quintiles.keySet().stream().map(InequalityFigures::quintileKey).toList());
        quintiles.forEach((q, s) -> {
            raw.put(quintileKey(q), s.get(c));
            sums.put(quintileKey(q), deciles.keySet().stream().filter(d -> quintile(d) == q).map(InequalityFigures::decileKey).toList());
        });
        deciles.forEach((d, s) -> raw.put(decileKey(d), s.get(c)));
        return Suppression.counts(raw, sums);
    }

    public boolean anyGroups() {
        return !deciles.isEmpty();
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    // --- Tables ----------------------------------------------------------------------

    private static final List<Column> COLUMNS = List.of(
            new Column("children", "Children"),
            new Column("referrals", "Referrals"),
            new Column("referral-rate", "Referrals per 1,000 children"),
            new Column("re-referrals", "Re-referrals"),
            new Column("re-referral-share", "Referrals that were re-referrals"),
            new Column("closures", "Closures with outcomes"),
            new Column("all-needs-met", "Closures with every need met"),
            new Column("all-needs-met-share", "Closures with every need met (share)"));

    public InsightTable decileTable() {
        List<Row> rows = new ArrayList<>();
        deciles.forEach((d, s) -> rows.add(row(decileKey(d), "Decile " + d + (d == 1 ? " (most deprived)" : d == 10 ? " (least deprived)" : ""), Level.GROUP, s)));
        rows.add(row(TOTAL, "All neighbourhoods with a decile", Level.TOTAL, total));
        return new InsightTable(DECILES_ID, "Early help by deprivation decile", "Deprivation decile", COLUMNS, rows, METHOD, notes);
    }

    public InsightTable quintileTable() {
        List<Row> rows = new ArrayList<>();
        quintiles.forEach((q, s) -> rows.add(row(quintileKey(q), "Fifth " + q + " (deciles " + (2 * q - 1) + " and " + 2 * q + ")"
                + (q == 1 ? ", most deprived" : q == 5 ? ", least deprived" : ""), Level.GROUP, s)));
        rows.add(row(TOTAL, "All neighbourhoods with a decile", Level.TOTAL, total));
        return new InsightTable(QUINTILES_ID, "Early help by deprivation fifth", "Deprivation fifth (quintile)", COLUMNS, rows,
                METHOD, notes);
    }

    private Row row(String key, String label, Level level, Sums s) {
        Figure referrals = figure(Count.REFERRALS, key);
        Figure reReferrals = figure(Count.RE_REFERRALS, key);
        Figure closures = figure(Count.CLOSURES, key);
        Figure met = figure(Count.MET, key);
        Figure children = s.children > 0 ? Figure.exact(s.children, Unit.COUNT) : Figure.none(Unit.COUNT);
        Figure rate = s.children > 0 ? Figure.derived(referrals, 1000.0 * s.get(Count.REFERRALS) / s.children, Unit.RATE_PER_1000)
                : Figure.none(Unit.RATE_PER_1000);
        return new Row(key, label, level, List.of(children, referrals, rate, reReferrals,
                share(reReferrals, referrals, s.get(Count.RE_REFERRALS), s.get(Count.REFERRALS)),
                closures, met, share(met, closures, s.get(Count.MET), s.get(Count.CLOSURES))));
    }

    private Figure figure(Count c, String key) {
        return published.get(c).get(key);
    }

    /** A share is hidden when its whole or its part is (either would let the other out); none of nothing. */
    private static Figure share(Figure part, Figure whole, long p, long w) {
        if (!whole.shown()) {
            return Figure.derived(whole, 0, Unit.PERCENT);
        }
        return w == 0 ? Figure.none(Unit.PERCENT) : Figure.derived(part, 100.0 * p / w, Unit.PERCENT);
    }

    // --- Indices ---------------------------------------------------------------------

    public List<RateInequality> inequalities() {
        return List.of(inequality(Rate.REFERRAL_RATE), inequality(Rate.NEEDS_MET), inequality(Rate.RE_REFERRAL));
    }

    private RateInequality inequality(Rate rate) {
        Count events = events(rate);
        Count base = base(rate);
        InequalityIndex index = null;
        String whyNot;
        // The index is a weighted sum of the deciles' rates: with a decile's count hidden it could give that count
        // away (from the fifth's total), so it is published only when every decile's counts are.
        boolean everyDecileShown = deciles.keySet().stream().allMatch(d -> rateShown(rate, decileKey(d)));
        if (!anyGroups()) {
            whyNot = "no neighbourhood you cover has both a deprivation decile and a child population";
        } else if (!everyDecileShown) {
            whyNot = "some deciles' counts are too small to publish, and the index could let them be worked out";
        } else {
            List<InequalityIndex.Group> groups = new ArrayList<>();
            deciles.forEach((d, s) -> groups.add(group("Decile " + d, s, rate)));
            InequalityIndex.Outcome outcome = InequalityIndex.of(groups, rate.per);
            index = outcome.index();
            whyNot = outcome.whyNot();
        }
        InequalityIndex.Gap gap = null;
        String gapWhyNot = null;
        if (!quintiles.containsKey(1) || !quintiles.containsKey(5)) {
            gapWhyNot = "the neighbourhoods you cover do not include both the most and the least deprived fifth";
        } else if (!rateShown(rate, quintileKey(1)) || !rateShown(rate, quintileKey(5))) {
            gapWhyNot = "a fifth's figures are too small to publish";
        } else {
            gap = InequalityIndex.gap(group("Fifth 1", quintiles.get(1), rate), group("Fifth 5", quintiles.get(5), rate), rate.per);
            if (gap == null) {
                gapWhyNot = "a fifth has no rate";
            }
        }
        return new RateInequality(rate, index, whyNot, gap, gapWhyNot);
    }

    private boolean rateShown(Rate rate, String key) {
        Count base = base(rate);
        return figure(events(rate), key).shown() && (base == null || figure(base, key).shown());
    }

    private static InequalityIndex.Group group(String label, Sums s, Rate rate) {
        long events = s.get(events(rate));
        Count base = base(rate);
        return new InequalityIndex.Group(label, s.children, events, base == null ? s.children : s.get(base));
    }

    private static Count events(Rate rate) {
        return switch (rate) {
            case REFERRAL_RATE -> Count.REFERRALS;
            case NEEDS_MET -> Count.MET;
            case RE_REFERRAL -> Count.RE_REFERRALS;
        };
    }

    /** The count a rate is a share of; null where it is per child. */
    private static Count base(Rate rate) {
        return switch (rate) {
            case REFERRAL_RATE -> null;
            case NEEDS_MET -> Count.CLOSURES;
            case RE_REFERRAL -> Count.REFERRALS;
        };
    }

    /** The indices and gaps as a table of their own, so they are exported with the same method. */
    public InsightTable indicesTable() {
        List<Column> columns = List.of(
                new Column("sii", "Slope index (SII)"), new Column("sii-lower", "SII 95% lower"), new Column("sii-upper", "SII 95% upper"),
                new Column("rii", "Relative index (RII)"), new Column("rii-lower", "RII 95% lower"), new Column("rii-upper", "RII 95% upper"),
                new Column("most-deprived-fifth", "Most deprived fifth"), new Column("least-deprived-fifth", "Least deprived fifth"),
                new Column("gap", "Gap between the fifths"), new Column("ratio", "Ratio of the fifths"));
        List<Row> rows = new ArrayList<>();
        List<String> reasons = new ArrayList<>(notes);
        for (RateInequality r : inequalities()) {
            List<Figure> figures = new ArrayList<>();
            InequalityIndex i = r.index();
            for (Double v : i == null ? java.util.Arrays.asList((Double) null, null, null) : List.of(i.sii(), i.siiLower(), i.siiUpper())) {
                figures.add(v == null ? Figure.none(Unit.NUMBER) : Figure.exact(v, Unit.NUMBER));
            }
            for (Double v : i == null ? java.util.Arrays.asList((Double) null, null, null) : List.of(i.rii(), i.riiLower(), i.riiUpper())) {
                figures.add(v == null ? Figure.none(Unit.RATIO) : Figure.exact(v, Unit.RATIO));
            }
            InequalityIndex.Gap g = r.gap();
            figures.add(g == null ? Figure.none(r.rate().unit()) : Figure.exact(g.mostDeprived(), r.rate().unit()));
            figures.add(g == null ? Figure.none(r.rate().unit()) : Figure.exact(g.leastDeprived(), r.rate().unit()));
            figures.add(g == null ? Figure.none(Unit.NUMBER) : Figure.exact(g.difference(), Unit.NUMBER));
            figures.add(g == null || g.ratio() == null ? Figure.none(Unit.RATIO) : Figure.exact(g.ratio(), Unit.RATIO));
            rows.add(new Row(r.rate().name().toLowerCase().replace('_', '-'), r.rate().label() + " (" + r.rate().unitText() + ")",
                    Level.GROUP, figures));
            if (!r.worked()) {
                reasons.add(r.rate().label() + ": the indices cannot be worked out because " + r.whyNot() + ".");
            }
            if (!r.hasGap()) {
                reasons.add(r.rate().label() + ": the gap cannot be worked out because " + r.gapWhyNot() + ".");
            }
        }
        return new InsightTable(INDICES_ID, "Inequality indices by deprivation", "Measure", columns, rows,
                INDEX_METHOD + " SII, its bounds and the gap are on the rate's own scale: per 1,000 children for the"
                        + " referral rate, percentage points for the shares.", reasons);
    }
}
