package org.placeworks.insight.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightTable;

/** An insight table as JSON: the figures as shown (a hidden one has no value, only its words), with the method and the rule. */
public record InsightTableJson(String id, String title, Period period, String strand, String service, String worker,
        String method, String suppression, List<String> notes, List<InsightTable.Column> columns, List<RowJson> rows) {

    public record Period(String from, String to) {
    }

    /** {@code figures} maps each column key to its figure. */
    public record RowJson(String key, String label, InsightTable.Level level, Map<String, FigureJson> figures) {
    }

    /** {@code value} is absent when the figure is not shown; money is in pounds. */
    public record FigureJson(Double value, String unit, String shown, String text) {

        static FigureJson of(Figure f) {
            return new FigureJson(f.number(), f.unit().name(), f.state().name(), f.text());
        }
    }

    public static InsightTableJson of(InsightTable table, InsightFilter filter) {
        List<RowJson> rows = table.rows().stream().map(r -> {
            Map<String, FigureJson> figures = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                figures.put(table.columns().get(i).key(), FigureJson.of(r.figures().get(i)));
            }
            return new RowJson(r.key(), r.label(), r.level(), figures);
        }).toList();
        return new InsightTableJson(table.id(), table.title(), new Period(filter.from().toString(), filter.to().toString()),
                filter.strand() == null ? null : filter.strand().name(), filter.service() == null ? null : filter.service().toString(),
                filter.worker() == null ? null : filter.worker().toString(), table.method(), table.suppression(), table.notes(),
                table.columns(), rows);
    }

    /** One entry of the list of tables. */
    public record TableLink(String id, String title, String href) {
    }
}
