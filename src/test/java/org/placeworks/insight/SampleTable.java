package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A table for the core's tests: each demo neighbourhood in scope counts three times its place in the list
 * below (Castle Hill 0, Market Place 3, Mill Lane 6...), so Northgate's first two are under 5; neighbourhoods
 * other tests add count 50. Rolled up by ward and in total, with a label a spreadsheet would run.
 */
@RequestScoped
public class SampleTable implements InsightTableSource {

    static final List<String> DEMO = List.of("Castle Hill", "Market Place", "Mill Lane", "Northgate Fields", "Riverside",
            "Southbank Park", "Station Road", "Westfield");

    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    @Inject
    InsightScope scope;

    @Override
    public String id() {
        return "sample-for-tests";
    }

    @Override
    public String title() {
        return "Sample for tests";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<String>> sums = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, InsightTable.Level> levels = new LinkedHashMap<>();
        long total = 0;
        List<String> wards = new ArrayList<>();
        for (Map.Entry<UUID, List<InsightPlace>> ward : scope.byWard().entrySet()) {
            String wardKey = ward.getKey().toString();
            long wardCount = 0;
            List<String> parts = new ArrayList<>();
            for (InsightPlace n : ward.getValue()) {
                long c = DEMO.contains(n.name()) ? 3L * DEMO.indexOf(n.name()) : 50;
                counts.put(n.id().toString(), c);
                labels.put(n.id().toString(), n.name());
                levels.put(n.id().toString(), InsightTable.Level.NEIGHBOURHOOD);
                parts.add(n.id().toString());
                wardCount += c;
            }
            counts.put(wardKey, wardCount);
            labels.put(wardKey, ward.getValue().get(0).ward());
            levels.put(wardKey, InsightTable.Level.WARD);
            sums.put(wardKey, parts);
            wards.add(wardKey);
            total += wardCount;
        }
        counts.put("total", total);
        labels.put("total", "All your neighbourhoods");
        levels.put("total", InsightTable.Level.TOTAL);
        sums.put("total", wards);
        Map<String, Figure> figures = Suppression.counts(counts, sums);
        Map<String, Figure> money = Suppression.follow(figures, Map.of(), Unit.PENCE);
        List<InsightTable.Row> rows = new ArrayList<>();
        figures.forEach((key, f) -> rows.add(new InsightTable.Row(key, labels.get(key), levels.get(key),
                List.of(f, money.get(key)))));
        rows.add(new InsightTable.Row("formula", FORMULA, InsightTable.Level.GROUP, List.of(Figure.count(7),
                Figure.exact(4050, Unit.PENCE))));
        return new InsightTable(id(), title(), "Neighbourhood",
                List.of(new InsightTable.Column("cases", "Cases"), new InsightTable.Column("spend", "Spend")), rows,
                "Three times each neighbourhood's place in a list, for tests.", List.of("A note for tests."));
    }
}
