package org.placeworks.insight.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.Unit;

/**
 * The map's figures: the caseload table's rows (each locality, its wards and their neighbourhoods, then
 * the total) and its published figures for the measures the map offers, so that a cell hidden in that
 * table is hidden on the map, in the map's table and on a neighbourhood's page alike. New referrals per
 * 1,000 children is worked out from the table's referrals and hidden wherever they are.
 */
public record PlaceFigures(List<Line> lines) {

    /** One row: a neighbourhood (id set), ward, locality or the total, with its children and every measure. */
    public record Line(String key, String label, InsightTable.Level level, UUID neighbourhood, long children,
            Map<MapMeasure, Figure> figures) {

        public Figure figure(MapMeasure measure) {
            return figures.get(measure);
        }

        public Figure childPopulation() {
            return children == 0 ? Figure.none(Unit.COUNT) : Figure.exact(children, Unit.COUNT);
        }
    }

    /** The map's figures from the caseload table (already suppressed) and the neighbourhoods it covers. */
    public static PlaceFigures of(InsightTable caseload, List<InsightPlace> places) {
        List<String> columns = caseload.columns().stream().map(InsightTable.Column::key).toList();
        for (MapMeasure measure : MapMeasure.values()) {
            if (!columns.contains(measure.caseloadColumn())) {
                throw new IllegalStateException("The caseload table has no column " + measure.caseloadColumn());
            }
        }
        List<Line> lines = new ArrayList<>();
        for (InsightTable.Row row : caseload.rows()) {
            UUID neighbourhood = row.level() == InsightTable.Level.NEIGHBOURHOOD ? id(row) : null;
            long children = places.stream().filter(within(row)).mapToLong(p -> p.children() == null ? 0 : p.children()).sum();
            Map<MapMeasure, Figure> figures = new EnumMap<>(MapMeasure.class);
            for (MapMeasure measure : MapMeasure.values()) {
                Figure column = row.figures().get(columns.indexOf(measure.caseloadColumn()));
                if (!measure.perThousandOfColumn()) {
                    figures.put(measure, column);
                } else if (column.state() == Figure.Shown.NONE || children == 0) {
                    figures.put(measure, Figure.none(measure.unit()));
                } else {
                    figures.put(measure, Figure.derived(column, column.shown() ? column.value() * 1000.0 / children : 0,
                            measure.unit()));
                }
            }
            lines.add(new Line(row.key(), row.label(), row.level(), neighbourhood, children, figures));
        }
        return new PlaceFigures(List.copyOf(lines));
    }

    /** A row's area id: its key is the level and the id ("ward:&lt;id&gt;"); the total has none. */
    private static UUID id(InsightTable.Row row) {
        int colon = row.key().indexOf(':');
        return colon < 0 ? null : UUID.fromString(row.key().substring(colon + 1));
    }

    /** The neighbourhoods a row adds up (its child population is theirs). */
    private static Predicate<InsightPlace> within(InsightTable.Row row) {
        UUID id = id(row);
        return switch (row.level()) {
            case NEIGHBOURHOOD -> p -> p.id().equals(id);
            case WARD -> p -> id.equals(p.wardId());
            case LOCALITY -> p -> id.equals(p.localityId());
            case TOTAL, GROUP -> p -> true;
        };
    }

    public List<Line> neighbourhoods() {
        return lines.stream().filter(l -> l.neighbourhood() != null).toList();
    }

    public Optional<Line> neighbourhood(UUID id) {
        return lines.stream().filter(l -> id.equals(l.neighbourhood())).findFirst();
    }

    /** The rows as the one table model every export uses: child population, then each measure. */
    public InsightTable table(String id, String title, String method, List<String> notes) {
        List<InsightTable.Column> columns = new ArrayList<>();
        columns.add(new InsightTable.Column("children", "Children living there"));
        for (MapMeasure m : MapMeasure.values()) {
            columns.add(new InsightTable.Column(m.key(), m.label()));
        }
        List<InsightTable.Row> rows = new ArrayList<>();
        for (Line line : lines) {
            List<Figure> figures = new ArrayList<>();
            figures.add(line.childPopulation());
            for (MapMeasure m : MapMeasure.values()) {
                figures.add(line.figure(m));
            }
            rows.add(new InsightTable.Row(line.key(), line.label(), line.level(), List.copyOf(figures)));
        }
        return new InsightTable(id, title, "Area", List.copyOf(columns), List.copyOf(rows), method, notes);
    }
}
