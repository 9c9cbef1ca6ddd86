package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Early help by deprivation fifth, for the inequality page and every export of it. */
@RequestScoped
public class InequalityQuintileTable implements InsightTableSource {

    @Inject
    Inequality inequality;

    @Override
    public String id() {
        return InequalityFigures.QUINTILES_ID;
    }

    @Override
    public String title() {
        return "Early help by deprivation fifth";
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        return inequality.figures(filter).quintileTable();
    }
}
