package org.placeworks.insight;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tables published from the summary store, kept between requests: their figures change only when the store is
 * rebuilt, so a table is kept under the neighbourhoods it covers (with their names and populations), the filter and
 * the store's rebuild number, and built again after the next rebuild. At most {@link #MAX} are kept, the least
 * recently used dropped first. Access is still checked on every request: the key is the reader's own ground.
 */
@ApplicationScoped
public class PublishedTables {

    static final int MAX = 32;

    /** What a published table depends on. */
    record Key(String table, List<InsightPlace> places, InsightFilter filter, long generation) {
    }

    private final Map<Key, InsightTable> tables = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, InsightTable> eldest) {
            return size() > MAX;
        }
    };

    InsightTable get(Key key, Supplier<InsightTable> build) {
        synchronized (tables) {
            InsightTable kept = tables.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Built outside the lock: two first requests may both build it, and the later one is kept.
        InsightTable built = build.get();
        synchronized (tables) {
            tables.put(key, built);
        }
        return built;
    }
}
