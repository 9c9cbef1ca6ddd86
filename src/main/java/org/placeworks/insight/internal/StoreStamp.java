package org.placeworks.insight.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The store's last rebuild as this request sees it, read once per request: when (the pages show it) and its number
 * (published tables are kept until the next one).
 */
@RequestScoped
public class StoreStamp {

    /** A rebuild, by when it ran and its number: null and 0 before the first. */
    public record Stamp(Instant refreshedAt, long generation) {
    }

    @Inject
    SummaryReads reads;

    private Stamp stamp;

    public Stamp get() {
        if (stamp == null) {
            // Every rebuild writes the row anew in its own transaction, so the row version's transaction id (xmin) numbers
            // the rebuilds, even two made at the same clock time.
            // Read where the figures are read (SummaryReads): a replica replays the primary's rows, xmin included.
            List<Object[]> rows = reads.rows("select refreshed_at, cast(cast(xmin as text) as bigint) from insight_refresh"
                    + " where id = 1", Map.of());
            stamp = rows.isEmpty() ? new Stamp(null, 0)
                    : new Stamp(SummaryReads.instant(rows.get(0)[0]), ((Number) rows.get(0)[1]).longValue());
        }
        return stamp;
    }
}
