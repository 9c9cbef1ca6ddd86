package org.placeworks.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.placeworks.insight.CaseloadTable;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightScope;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.InsightTableSource;
import org.placeworks.insight.internal.PlaceFigures;

/**
 * The "map" table: the figures the neighbourhood map shades by, for the neighbourhoods the signed-in
 * manager sees, with ward, locality and total rows. They are the caseload table's own, so the map, this
 * table, the caseload table and every export hide exactly the same cells.
 */
@RequestScoped
public class MapTable implements InsightTableSource {

    public static final String ID = "map";

    @Inject
    InsightScope scope;

    @Inject
    CaseloadTable caseload;

    /** The page asks for the figures and the table for one filter: read the store once. */
    private final Map<InsightFilter, Read> read = new HashMap<>();

    private record Read(InsightTable caseload, PlaceFigures figures) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Figures by neighbourhood";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        Read r = read(filter);
        return r.figures().table(ID, title(), r.caseload().method() + " New referrals per 1,000 children is the period's new"
                + " referrals times 1,000, divided by the same child population, and hidden wherever the referrals are.",
                r.caseload().notes());
    }

    /** The figures behind the table, for the map page (internal types stay inside insight). */
    PlaceFigures figures(InsightFilter filter) {
        return read(filter).figures();
    }

    private Read read(InsightFilter filter) {
        return read.computeIfAbsent(filter, f -> {
            InsightTable table = caseload.table(f);
            return new Read(table, PlaceFigures.of(table, scope.neighbourhoods()));
        });
    }
}
