package org.placeworks.insight.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.placeworks.insight.Figure;
import org.placeworks.insight.Suppression;

/**
 * A neighbourhood's new referrals and open cases month by month, as they may be published. Each month
 * under 5 is hidden. The months of referrals add up to the period's figure (shown beside them, and on the
 * map), so a single hidden month is never left to be worked out by subtraction; and where the map had to
 * withhold the period's figure, so that another neighbourhood's stays hidden, the months must not rebuild
 * it either. Open cases are a count at each month's end: the last month is the map's figure, and is hidden
 * wherever that is.
 */
public record NeighbourhoodTrend(List<Month> months) {

    private static final String PERIOD = "period";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public record Month(YearMonth month, String label, Figure referrals, Figure openCases) {
    }

    /**
     * {@code referrals} and {@code openCases}: one raw value a month (absent is none); {@code periodReferrals} and
     * {@code periodOpenCases}: the same neighbourhood's figures for the whole period as the map publishes them.
     */
    public static NeighbourhoodTrend of(List<YearMonth> months, Map<YearMonth, Long> referrals, Map<YearMonth, Long> openCases,
            Figure periodReferrals, Figure periodOpenCases) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (YearMonth month : months) {
            long n = referrals.getOrDefault(month, 0L);
            counts.put(month.toString(), n);
            total += n;
        }
        counts.put(PERIOD, total);
        Map<String, Figure> referralFigures = new LinkedHashMap<>(
                Suppression.counts(counts, Map.of(PERIOD, months.stream().map(YearMonth::toString).toList())));
        boolean anyHidden = months.stream().anyMatch(m -> !shown(referralFigures.get(m.toString())));
        if (!shown(periodReferrals) && !anyHidden && !months.isEmpty()) {
            // the period's figure is hidden on the map: with every month shown, their sum would give it away
            YearMonth smallest = months.stream().min(Comparator.comparing((YearMonth m) -> counts.get(m.toString()))).orElseThrow();
            referralFigures.put(smallest.toString(), referralFigures.get(smallest.toString()).withheld());
        }

        List<Month> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            Figure open = Figure.count(openCases.getOrDefault(month, 0L));
            if (i == months.size() - 1 && shown(open) && !shown(periodOpenCases)) {
                open = open.withheld();
            }
            result.add(new Month(month, month.format(LABEL), referralFigures.get(month.toString()), open));
        }
        return new NeighbourhoodTrend(List.copyOf(result));
    }

    private static boolean shown(Figure figure) {
        return figure.shown();
    }

    /** The months' values for a chart: null wherever the figure is not shown. */
    public List<Double> referralValues() {
        return months.stream().map(m -> shown(m.referrals()) ? m.referrals().value() : null).toList();
    }

    public List<Double> openCaseValues() {
        return months.stream().map(m -> shown(m.openCases()) ? m.openCases().value() : null).toList();
    }
}
