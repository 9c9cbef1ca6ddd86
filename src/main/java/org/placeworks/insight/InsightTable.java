package org.placeworks.insight;

import java.util.List;

/**
 * One table of figures: the page, the CSV, the spreadsheet and the JSON API all render this record,
 * so they cannot disagree about what is shown or suppressed.
 *
 * @param id url-safe name, as in {@code /insight/tables/{id}.csv}
 * @param labelHeading the heading of the first column (the rows' labels)
 * @param method how the figures are worked out, in plain English
 * @param notes anything else a reader needs (sources, vintages, caveats)
 */
public record InsightTable(String id, String title, String labelHeading, List<Column> columns, List<Row> rows,
        String method, List<String> notes) {

    public InsightTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        for (Row row : rows) {
            if (row.figures().size() != columns.size()) {
                throw new IllegalArgumentException("Row " + row.label() + " has " + row.figures().size() + " figures for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The table's own page. */
    public String page() {
        return "/insight/tables/" + id;
    }

    /** What every export states beside the method. */
    public String suppression() {
        return Suppression.RULE;
    }

    public record Column(String key, String heading) {
    }

    /** Where a row sits: areas roll up neighbourhood, ward, locality, total; other breakdowns are groups. */
    public enum Level {
        TOTAL, LOCALITY, WARD, NEIGHBOURHOOD, GROUP;

        /** The GOV.UK class that sets a total or roll-up apart from the rows beneath it. */
        public boolean emphasised() {
            return this != NEIGHBOURHOOD && this != GROUP;
        }
    }

    public record Row(String key, String label, Level level, List<Figure> figures) {

        public Row {
            figures = List.copyOf(figures);
        }
    }
}
