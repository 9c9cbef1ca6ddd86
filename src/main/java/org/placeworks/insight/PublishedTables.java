package org.placeworks.insight;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Tables published from the summary store, kept between requests: their figures change only when the store is
 * rebuilt, so a table is kept under the neighbourhoods it covers (with their names and populations), the filter and
 * the store's rebuild number, and built again after the next rebuild. At most {@link #MAX} are kept, the least
 * recently used dropped first. Access is still checked on every request: the key is the reader's own ground.
 * A table is built once: requests that ask for it while it is being built wait for that build rather than each
 * reading the store again (at 1,000,000 cases the timeliness tables take over a second to build).
 */
@ApplicationScoped
public class PublishedTables {

    static final int MAX = 64;

    /**
     * What a published table depends on. Its hash is worked out once: a manager covering 300 neighbourhoods has a key of
     * 300 places, and hashing them at every look-up was a tenth of the dashboard's time at the large size.
     */
    static final class Key {

        private final String table;
        private final List<InsightPlace> places;
        private final InsightFilter filter;
        private final long generation;
        private final int hash;

        Key(String table, List<InsightPlace> places, InsightFilter filter, long generation) {
            this.table = table;
            this.places = places;
            this.filter = filter;
            this.generation = generation;
            this.hash = Objects.hash(table, places, filter, generation);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && hash == k.hash && generation == k.generation && table.equals(k.table)
                    && Objects.equals(filter, k.filter) && places.equals(k.places);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, CompletableFuture<InsightTable>> tables = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<InsightTable>> eldest) {
            return size() > MAX;
        }
    };

    /** The table kept under {@code key}, built by {@code build} if no request has built it or is building it. */
    InsightTable get(Key key, Supplier<InsightTable> build) {
        CompletableFuture<InsightTable> mine = new CompletableFuture<>();
        CompletableFuture<InsightTable> kept;
        synchronized (tables) {
            kept = tables.putIfAbsent(key, mine);
        }
        if (kept != null) {
            return awaited(kept);
        }
        try {
            InsightTable built = build.get();
            mine.complete(built);
            return built;
        } catch (RuntimeException | Error e) {
            // Not kept: the next request builds it afresh; those waiting get the same answer as this one.
            synchronized (tables) {
                tables.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static InsightTable awaited(CompletableFuture<InsightTable> building) {
        try {
            return building.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
