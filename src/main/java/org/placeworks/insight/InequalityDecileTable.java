package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Early help by deprivation decile, for the inequality page and every export of it. */
@RequestScoped
public class InequalityDecileTable implements InsightTableSource {

    @Inject
    Inequality inequality;

    @Override
    public String id() {
        return InequalityFigures.DECILES_ID;
    }

    @Override
    public String title() {
        return "Early help by deprivation decile";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return inequality.figures(filter).decileTable();
    }
}
