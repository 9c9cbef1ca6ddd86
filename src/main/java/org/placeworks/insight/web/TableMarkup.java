package org.placeworks.insight.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.placeworks.insight.InsightTable;

/**
 * A published table's markup, drawn once and kept with it. The caseload table has a row for every neighbourhood a
 * manager covers and 16 figures in each: drawing its 5,000 cells again on every request made the dashboard at 300
 * neighbourhoods twice as slow as at 20 (docs/performance.md). A published table stays the same object until the store
 * is rebuilt, so its markup is kept under that object (never under an equal one built for another request) and the
 * filter's query its links carry, encoded as UTF-8 once so that the page can write it as it is
 * ({@link org.placeworks.shared.web.SplicedPage}). At most {@link #MAX} are kept, the least recently used dropped
 * first.
 */
@ApplicationScoped
public class TableMarkup {

    static final int MAX = 16;

    @Inject
    @Location("tags/insightTable.html")
    Template tag;

    /** The table itself, compared by identity: an equal table built elsewhere is not the published one. */
    private record Kept(InsightTable table, String query) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Kept k && k.table == table && k.query.equals(query);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(table) + query.hashCode();
        }
    }

    private final Map<Kept, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Kept, byte[]> eldest) {
            return size() > MAX;
        }
    };

    /** The table as the {@code insightTable} tag draws it, with its downloads for this filter, in UTF-8. */
    public byte[] of(InsightTable published, String query) {
        Kept key = new Kept(published, query);
        synchronized (kept) {
            byte[] markup = kept.get(key);
            if (markup != null) {
                return markup;
            }
        }
        byte[] markup = tag.data("table", published).data("query", query).render().getBytes(StandardCharsets.UTF_8);
        synchronized (kept) {
            kept.put(key, markup);
        }
        return markup;
    }
}
