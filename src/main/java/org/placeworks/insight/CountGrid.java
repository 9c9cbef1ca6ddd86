package org.placeworks.insight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw counts of one table, cell by cell, with the sums they take part in (a row's parts adding up to
 * its whole, the group rows adding up to the total row), suppressed through the core's {@link Suppression};
 * shares, amounts and medians are then derived from the suppressed counts.
 *
 * <p>A total row's cell takes part in two sums (its row's and its column's), while the core's map holds one
 * sum per total; so each sum is put to the core on its own, a cell it withholds is then hidden in every other
 * sum, and this repeats until no sum withholds anything more.
 */
final class CountGrid {

    /** One cell: a row's key and a column's key. */
    record Cell(String row, String column) {
    }

    private record Sum(Cell total, List<Cell> parts) {
    }

    private final Map<Cell, Long> counts = new LinkedHashMap<>();
    private final Map<Cell, Long> amounts = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();

    void count(String row, String column, long n) {
        counts.put(new Cell(row, column), n);
    }

    /** Money beside a count: published hidden exactly where that count is. */
    void amount(String row, String column, long pence) {
        amounts.put(new Cell(row, column), pence);
    }

    /** Within one row, the whole column is the sum of the part columns. */
    void rowSum(String row, String whole, List<String> parts) {
        sums.add(new Sum(new Cell(row, whole), parts.stream().map(p -> new Cell(row, p)).toList()));
    }

    /** In each of these columns, the total row is the sum of the group rows. */
    void columnSums(String totalRow, List<String> rows, List<String> columns) {
        for (String column : columns) {
            sums.add(new Sum(new Cell(totalRow, column), rows.stream().map(r -> new Cell(r, column)).toList()));
        }
    }

    Published publish() {
        Set<Cell> withheld = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            // A withheld cell goes to the core as zero, which it hides like any count under the threshold.
            Map<Cell, Long> seen = new LinkedHashMap<>(counts);
            withheld.forEach(c -> seen.put(c, 0L));
            for (Sum sum : sums) {
                Map<Cell, Figure> figures = Suppression.counts(seen, Map.of(sum.total(), sum.parts()));
                for (Map.Entry<Cell, Figure> f : figures.entrySet()) {
                    // Any figure other than the plain count's is one the core withheld.
                    if (!f.getValue().equals(Figure.count(seen.get(f.getKey()))) && withheld.add(f.getKey())) {
                        seen.put(f.getKey(), 0L);
                        changed = true;
                    }
                }
            }
        }
        Map<Cell, Figure> published = new LinkedHashMap<>();
        counts.forEach((cell, n) -> published.put(cell, withheld.contains(cell) ? Figure.count(n).withheld() : Figure.count(n)));
        return new Published(published, amounts);
    }

    /** The suppressed counts, and what is worked out from them. */
    record Published(Map<Cell, Figure> figures, Map<Cell, Long> amounts) {

        Figure count(String row, String column) {
            Figure f = figures.get(new Cell(row, column));
            if (f == null) {
                throw new IllegalArgumentException("No count for " + row + " / " + column);
            }
            return f;
        }

        /** The amount beside a count, in pence, hidden where the count is. */
        Figure amount(String row, String countColumn, String amountColumn) {
            Long pence = amounts.get(new Cell(row, amountColumn));
            return Figure.derived(count(row, countColumn), pence == null ? 0 : pence, Unit.PENCE);
        }

        /**
         * A part as a percentage of its whole: hidden when the part is, and when the whole is (a shown share
         * and a shown part would give the hidden whole away).
         */
        Figure share(String row, String part, String whole, long partN, long wholeN) {
            Figure w = count(row, whole);
            if (!w.shown()) {
                return Figure.derived(w, 0, Unit.PERCENT);
            }
            return Figure.derived(count(row, part), wholeN == 0 ? Double.NaN : 100.0 * partN / wholeN, Unit.PERCENT);
        }

        /** A median worked out from these cases: hidden with their count (fewer than 5 cases give no median). */
        Figure median(String row, String countColumn, Double days) {
            return days == null ? Figure.none(Unit.DAYS) : Figure.derived(count(row, countColumn), days, Unit.DAYS);
        }
    }
}
