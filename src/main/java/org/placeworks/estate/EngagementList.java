package org.placeworks.estate;

import java.util.List;

/** One page of engagement events, newest first, and how many there are in all. */
public record EngagementList(List<EngagementSummary> events, int page, int pageSize, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
