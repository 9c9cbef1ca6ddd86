package org.placeworks.shared;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/**
 * The rows one page of a list shows, from its first row: worked out in {@code long}, so that a page number typed into
 * an address (page=2147483647) is a page past the end, with nothing on it, not a first row that overflowed.
 */
public final class RowWindow {

    private RowWindow() {
    }

    /** Up to {@code size} rows of the query from row {@code first} (0-based); none when that lies beyond any list. */
    public static <T> List<T> of(PanacheQuery<T> query, long first, int size) {
        if (first < 0 || size <= 0 || first + size - 1 > Integer.MAX_VALUE) {
            return List.of();
        }
        return query.range((int) first, (int) (first + size - 1)).list();
    }
}
