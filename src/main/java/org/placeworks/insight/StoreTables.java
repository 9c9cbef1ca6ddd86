package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.placeworks.insight.internal.StoreStamp;

/**
 * A table read from the store for the reader's neighbourhoods and a filter, kept until the store's next rebuild
 * ({@link PublishedTables}): the outcome and timeliness tables, whose reads grow with the place and its workforce.
 */
@RequestScoped
class StoreTables {

    @Inject
    PublishedTables published;

    @Inject
    InsightScope scope;

    @Inject
    StoreStamp stamp;

    InsightTable kept(String table, InsightFilter filter, Supplier<InsightTable> build) {
        return published.get(new PublishedTables.Key(table, scope.neighbourhoods(), filter, stamp.get().generation()), build);
    }
}
