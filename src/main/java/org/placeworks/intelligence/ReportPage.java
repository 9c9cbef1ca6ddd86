package org.placeworks.intelligence;

import java.util.List;

/** One page of the officers' list, newest first; {@code number} counts from 1. */
public record ReportPage(List<ReportSummary> rows, int number, int size, long total) {

    public ReportPage {
        rows = List.copyOf(rows);
    }

    public boolean hasNext() {
        return (long) number * size < total;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
