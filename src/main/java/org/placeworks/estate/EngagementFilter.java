package org.placeworks.estate;

import java.util.UUID;

/**
 * Which events to list: of one kind, at one place (an estate, or one of its neighbourhoods), and
 * which page of them (from 1), newest first.
 */
public record EngagementFilter(EngagementKind kind, UUID placeId, int page) {

    public static final int PAGE_SIZE = 20;

    public EngagementFilter {
        page = Math.max(1, page);
    }
}
