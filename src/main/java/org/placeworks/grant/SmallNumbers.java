package org.placeworks.grant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small-number suppression for breakdowns of awards (by neighbourhood, by category): a count from 1
 * to 4 could identify a family, so it is shown as "fewer than 5" and its amount is not shown either.
 * The rows add up to the fund's committed total, so a single suppressed row could be worked out by
 * subtraction: then the next smallest row is suppressed too.
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;

    private SmallNumbers() {
    }

    /** One row before suppression: how many awards and how much they commit. */
    public record Row(String name, long awards, long committedPence) {
    }

    /** The rows as they may be published, largest first. */
    public static List<FundView.Breakdown> suppress(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(Row::committedPence).reversed().thenComparing(Row::name));
        Set<Row> small = new HashSet<>();
        sorted.stream().filter(r -> r.awards() > 0 && r.awards() < THRESHOLD).forEach(small::add);
        Set<Row> secondary = new HashSet<>();
        if (small.size() == 1 && sorted.size() > 1) {
            sorted.stream().filter(r -> !small.contains(r))
                    .min(Comparator.comparingLong(Row::awards).thenComparingLong(Row::committedPence).thenComparing(Row::name))
                    .ifPresent(secondary::add);
        }
        return sorted.stream().map(r -> small.contains(r) ? FundView.Breakdown.fewerThanFive(r.name())
                : secondary.contains(r) ? FundView.Breakdown.withheld(r.name())
                : FundView.Breakdown.shown(r.name(), r.awards(), r.committedPence())).toList();
    }
}
