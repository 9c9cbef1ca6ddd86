package org.placeworks.geography.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The GOV.UK pagination component's links: previous, next, the first and last pages, the current
 * page and its neighbours, with an ellipsis for each gap.
 */
public record Pagination(String previous, String next, List<Item> items) {

    /** A page link, or an ellipsis when {@code number} is null. */
    public record Item(Integer number, String href, boolean current) {
        public boolean ellipsis() {
            return number == null;
        }
    }

    public static Pagination of(int current, int pages, String base, String query) {
        String prefix = base + "?" + (query == null || query.isBlank() ? "" : "q=" + URLEncoder.encode(query.strip(), StandardCharsets.UTF_8) + "&") + "page=";
        List<Item> items = new ArrayList<>();
        int previousShown = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 1) {
                if (previousShown > 0 && n - previousShown > 1) {
                    items.add(new Item(null, null, false));
                }
                items.add(new Item(n, prefix + n, n == current));
                previousShown = n;
            }
        }
        return new Pagination(current > 1 ? prefix + (current - 1) : null, current < pages ? prefix + (current + 1) : null, items);
    }

    public boolean needed() {
        return items.size() > 1;
    }
}
