package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Inequality indices by deprivation, for the inequality page and every export of it. */
@RequestScoped
public class InequalityIndicesTable implements InsightTableSource {

    @Inject
    Inequality inequality;

    @Override
    public String id() {
        return InequalityFigures.INDICES_ID;
    }

    @Override
    public String title() {
        return "Inequality indices by deprivation";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return inequality.figures(filter).indicesTable();
    }
}
