package org.placeworks.insight.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.Suppression;
import org.placeworks.insight.Unit;

/**
 * The map's figures for the neighbourhoods a manager sees, rolled up by ward, locality and in total,
 * each count suppressed across those levels together (a ward's total beside its neighbourhoods must
 * not give a hidden neighbourhood away), and each rate per 1,000 children hidden exactly where its count
 * is. Wards, localities and the total add up only the neighbourhoods in view, populations too.
 */
public record PlaceFigures(List<Line> lines) {

    public static final String TOTAL = "total";

    /** One row: a neighbourhood (id set), ward, locality or the total, with its children and every measure. */
    public record Line(String key, String label, InsightTable.Level level, UUID neighbourhood, Long children,
            Map<MapMeasure, Figure> figures) {

        public Figure figure(MapMeasure measure) {
            return figures.get(measure);
        }

        public Figure childPopulation() {
            return children == null ? Figure.none(Unit.COUNT) : Figure.exact(children, Unit.COUNT);
        }
    }

    /** Suppresses the raw values ({@code raw}: neighbourhood to measure to value; absent is nothing recorded). */
    public static PlaceFigures of(List<InsightPlace> places, Map<UUID, Map<Measure, Long>> raw) {
        // the rows in reading order: the total, then each locality, its wards, their neighbourhoods
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, InsightTable.Level> levels = new LinkedHashMap<>();
        Map<String, UUID> neighbourhoodOf = new LinkedHashMap<>();
        Map<String, List<String>> parts = new LinkedHashMap<>();
        labels.put(TOTAL, "All neighbourhoods shown");
        levels.put(TOTAL, InsightTable.Level.TOTAL);
        for (InsightPlace place : places) {
            String parent = TOTAL;
            if (place.localityId() != null) {
                String locality = "locality-" + place.localityId();
                if (labels.putIfAbsent(locality, place.locality()) == null) {
                    levels.put(locality, InsightTable.Level.LOCALITY);
                    parts.computeIfAbsent(parent, k -> new ArrayList<>()).add(locality);
                }
                parent = locality;
            }
            if (place.wardId() != null) {
                String ward = "ward-" + place.wardId();
                if (labels.putIfAbsent(ward, place.ward()) == null) {
                    levels.put(ward, InsightTable.Level.WARD);
                    parts.computeIfAbsent(parent, k -> new ArrayList<>()).add(ward);
                }
                parent = ward;
            }
            String key = place.id().toString();
            labels.put(key, place.name());
            levels.put(key, InsightTable.Level.NEIGHBOURHOOD);
            neighbourhoodOf.put(key, place.id());
            parts.computeIfAbsent(parent, k -> new ArrayList<>()).add(key);
        }
        List<String> order = new ArrayList<>();
        walk(TOTAL, parts, order);

        // populations add up from the neighbourhoods in view
        Map<String, Long> children = new LinkedHashMap<>();
        for (InsightPlace place : places) {
            children.put(place.id().toString(), place.children() == null ? null : place.children().longValue());
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            String key = order.get(i);
            if (parts.containsKey(key)) {
                // a rate over an area must divide by all of its children: one unknown part leaves it unknown
                Long sum = 0L;
                for (String part : parts.get(key)) {
                    Long c = children.get(part);
                    sum = sum == null || c == null ? null : sum + c;
                }
                children.put(key, sum);
            }
        }

        // each measure's counts, summed up the tree, then suppressed across all its levels at once
        Map<Measure, Map<String, Figure>> suppressed = new EnumMap<>(Measure.class);
        for (MapMeasure mapMeasure : MapMeasure.values()) {
            suppressed.computeIfAbsent(mapMeasure.measure(), m -> Suppression.counts(counts(m, order, parts, neighbourhoodOf, raw), parts));
        }
        Map<Measure, Map<String, Long>> values = new EnumMap<>(Measure.class);
        for (Measure m : suppressed.keySet()) {
            values.put(m, counts(m, order, parts, neighbourhoodOf, raw));
        }

        List<Line> lines = new ArrayList<>();
        for (String key : order) {
            Map<MapMeasure, Figure> figures = new EnumMap<>(MapMeasure.class);
            for (MapMeasure mapMeasure : MapMeasure.values()) {
                Figure count = suppressed.get(mapMeasure.measure()).get(key);
                if (!mapMeasure.perThousandChildren()) {
                    figures.put(mapMeasure, count);
                } else {
                    Long population = children.get(key);
                    figures.put(mapMeasure, population == null || population == 0 ? Figure.none(Unit.RATE_PER_1000)
                            : Figure.derived(count, values.get(mapMeasure.measure()).get(key) * 1000.0 / population, Unit.RATE_PER_1000));
                }
            }
            lines.add(new Line(key, labels.get(key), levels.get(key), neighbourhoodOf.get(key), children.get(key), figures));
        }
        return new PlaceFigures(List.copyOf(lines));
    }

    private static void walk(String key, Map<String, List<String>> parts, List<String> order) {
        order.add(key);
        for (String part : parts.getOrDefault(key, List.of())) {
            walk(part, parts, order);
        }
    }

    private static Map<String, Long> counts(Measure measure, List<String> order, Map<String, List<String>> parts,
            Map<String, UUID> neighbourhoodOf, Map<UUID, Map<Measure, Long>> raw) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String key = order.get(i);
            UUID neighbourhood = neighbourhoodOf.get(key);
            if (neighbourhood != null) {
                counts.put(key, raw.getOrDefault(neighbourhood, Map.of()).getOrDefault(measure, 0L));
            } else {
                counts.put(key, parts.getOrDefault(key, List.of()).stream().mapToLong(counts::get).sum());
            }
        }
        return counts;
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
