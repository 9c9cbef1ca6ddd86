package org.placeworks.insight;

/**
 * A table insight publishes. Each is a CDI bean; the exports (CSV, spreadsheet) and the JSON API find
 * it by its id, so a new table gets them all with the same suppression.
 */
public interface InsightTableSource {

    /** Url-safe and unique, as in {@code /insight/tables/{id}.csv}. */
    String id();

    String title();

    /** The table for the signed-in manager's scope and the filter; figures already suppressed. */
    InsightTable table(InsightFilter filter);
}
