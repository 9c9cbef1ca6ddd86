package org.placeworks.insight.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.Suppression;
import org.placeworks.insight.Unit;
import org.placeworks.organisation.Strand;

/**
 * The map's figures for the neighbourhoods a manager sees, rolled up by ward, locality and in total with
 * the caseload table's own roll-up, and each count suppressed across those levels exactly as that table
 * does it (same cells, same sums, same order): a cell hidden in one table is hidden in the other, so the
 * two side by side give nothing away. A rate per 1,000 children is hidden wherever its count is.
 */
public record PlaceFigures(List<Line> lines) {

    public static final String TOTAL = "total";

    /** How the figures are worked out: the caseload table's method, which these figures share. */
    public static final String METHOD = CaseloadTable.METHOD;

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

    /** Suppresses the raw values ({@code raw}: neighbourhood to measure to value; absent is nothing recorded). */
    public static PlaceFigures of(List<InsightPlace> places, Map<UUID, Map<Measure, Long>> raw, InsightFilter filter) {
        CaseloadTable.Rollup rollup = CaseloadTable.Rollup.of(places);
        Map<Measure, Map<String, Long>> values = new EnumMap<>(Measure.class);
        Map<Measure, Map<String, Figure>> counts = new EnumMap<>(Measure.class);
        for (MapMeasure mapMeasure : MapMeasure.values()) {
            Measure measure = mapMeasure.measure();
            if (!values.containsKey(measure)) {
                values.put(measure, rollup.sum(raw, measure));
                counts.put(measure, Suppression.counts(values.get(measure), rollup.sums()));
            }
        }
        Map<String, UUID> neighbourhoodOf = new LinkedHashMap<>();
        rollup.neighbourhoodsOf().forEach((key, ids) -> {
            if (key.startsWith("neighbourhood:")) {
                neighbourhoodOf.put(key, ids.get(0));
            }
        });

        List<Line> lines = new ArrayList<>();
        for (CaseloadTable.Rollup.Line row : rollup.lines()) {
            String key = row.key();
            long children = rollup.children().getOrDefault(key, 0L);
            Map<MapMeasure, Figure> figures = new EnumMap<>(MapMeasure.class);
            for (MapMeasure mapMeasure : MapMeasure.values()) {
                Measure measure = mapMeasure.measure();
                Unit unit = mapMeasure.perThousandChildren() ? Unit.RATE_PER_1000 : Unit.COUNT;
                Figure count = counts.get(measure).get(key);
                if (!applies(measure, filter)) {
                    figures.put(mapMeasure, Figure.none(unit));
                } else if (!mapMeasure.perThousandChildren()) {
                    figures.put(mapMeasure, count);
                } else {
                    figures.put(mapMeasure, children == 0 ? Figure.none(unit)
                            : Figure.derived(count, values.get(measure).get(key) * 1000.0 / children, unit));
                }
            }
            lines.add(new Line(key, row.label(), row.level(), neighbourhoodOf.get(key), children, figures));
        }
        return new PlaceFigures(List.copyOf(lines));
    }

    /**
     * As in the caseload table: a measure counts for the filter when its strand is chosen (or every strand), and
     * with a worker chosen only early help has one, so the rest have no data.
     */
    static boolean applies(Measure measure, InsightFilter filter) {
        return filter.includes(measure.strand()) && (filter.worker() == null || measure.strand() == Strand.EARLY_INTERVENTION);
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
