package org.placeworks.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-number suppression for every figure insight publishes. A count under 5 could point at a
 * family, so it is shown as "fewer than 5". Where figures add up to a total (neighbourhoods to their
 * ward, wards to the locality, groups to the whole), a single hidden figure could be worked out by
 * subtraction, so one more is withheld: the smallest shown part, or the total when no part is left.
 * This repeats until every sum has none or at least two hidden figures (secondary suppression).
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    /** The rule in words, stated on pages, in exports and in the API. */
    public static final String RULE = "Counts under " + THRESHOLD + ", zero included, are shown as \"fewer than "
            + THRESHOLD + "\". Where a hidden count could be worked out from a total and the counts beside it, the "
            + "next smallest count is withheld too. Rates, shares, medians and amounts worked out from a hidden count "
            + "are hidden with it.";

    private Suppression() {
    }

    /**
     * Suppressed figures for raw counts.
     *
     * @param counts every cell's raw count (parts and totals alike), in the order the table shows them
     * @param sums each total's key with the keys of the parts that add up to it
     */
    public static <K> Map<K, Figure> counts(Map<K, Long> counts, Map<K, List<K>> sums) {
        Map<K, Figure> figures = new LinkedHashMap<>();
        counts.forEach((key, n) -> figures.put(key, Figure.count(n)));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<K, List<K>> sum : sums.entrySet()) {
                changed |= guard(sum.getKey(), sum.getValue(), counts, figures);
            }
        }
        return figures;
    }

    /** Amounts beside counts (for example the money of the grants counted): hidden exactly where their count is. */
    public static <K> Map<K, Figure> follow(Map<K, Figure> counts, Map<K, Long> amounts, Unit unit) {
        Map<K, Figure> figures = new LinkedHashMap<>();
        counts.forEach((key, count) -> figures.put(key,
                Figure.derived(count, amounts.getOrDefault(key, 0L).doubleValue(), unit)));
        return figures;
    }

    /** Withholds one more figure of a sum that has exactly one hidden; true when it did. */
    private static <K> boolean guard(K total, List<K> parts, Map<K, Long> counts, Map<K, Figure> figures) {
        List<K> cells = new ArrayList<>(parts.size() + 1);
        cells.add(total);
        cells.addAll(parts);
        long hidden = cells.stream().filter(k -> figures.containsKey(k) && !figures.get(k).shown()).count();
        if (hidden != 1) {
            return false;
        }
        K next = parts.stream().filter(k -> figures.containsKey(k) && figures.get(k).shown())
                .min(Comparator.comparingLong((K k) -> counts.getOrDefault(k, 0L)).thenComparingInt(parts::indexOf))
                .orElse(total);
        if (!figures.containsKey(next) || !figures.get(next).shown()) {
            return false;
        }
        figures.put(next, figures.get(next).withheld());
        return true;
    }
}
