package org.placeworks.insight.internal;

import org.placeworks.organisation.Strand;

/**
 * What the summary store counts, per month and neighbourhood. A flow is summed over the months of a
 * period (referrals made in it); a stock is read at the period's last month (cases open at its end).
 */
public enum Measure {
    REFERRALS(Strand.EARLY_INTERVENTION, false, "New referrals"),
    RE_REFERRALS(Strand.EARLY_INTERVENTION, false, "Re-referrals"),
    CLOSURES(Strand.EARLY_INTERVENTION, false, "Closures"),
    CLOSURES_ALL_NEEDS_MET(Strand.EARLY_INTERVENTION, false, "Closures with every need met"),
    CLOSURES_WITH_OUTCOMES(Strand.EARLY_INTERVENTION, false, "Closures with outcomes recorded"),
    OPEN_CASES(Strand.EARLY_INTERVENTION, true, "Open early help cases"),
    CHILDREN_ON_OPEN_CASES(Strand.EARLY_INTERVENTION, true, "Children on open cases"),
    OVERDUE_ASSESSMENTS(Strand.EARLY_INTERVENTION, true, "Overdue assessments"),
    OVERDUE_REVIEWS(Strand.EARLY_INTERVENTION, true, "Overdue reviews"),
    AWAITING_SIGN_OFF(Strand.EARLY_INTERVENTION, true, "Awaiting sign-off"),
    OPEN_PANEL_ACTIONS(Strand.EARLY_INTERVENTION, true, "Open panel actions"),
    OVERDUE_PANEL_ACTIONS(Strand.EARLY_INTERVENTION, true, "Overdue panel actions"),
    GRANTS(Strand.EARLY_INTERVENTION, false, "Grants"),
    GRANT_PENCE(Strand.EARLY_INTERVENTION, false, "Grants (amount)"),
    ESTATE_ISSUES_REPORTED(Strand.ESTATE_SERVICES, false, "Estate issues reported"),
    OPEN_ESTATE_ISSUES(Strand.ESTATE_SERVICES, true, "Open estate issues"),
    OVERDUE_ESTATE_ISSUES(Strand.ESTATE_SERVICES, true, "Overdue estate issues"),
    ENGAGEMENT_EVENTS(Strand.ESTATE_SERVICES, false, "Engagement events"),
    INTELLIGENCE_REPORTS(Strand.COMMUNITY_INTELLIGENCE, false, "Intelligence reports");

    private final Strand strand;
    private final boolean stock;
    private final String label;

    Measure(Strand strand, boolean stock, String label) {
        this.strand = strand;
        this.stock = stock;
        this.label = label;
    }

    public Strand strand() {
        return strand;
    }

    /** True for a value at the period's last month, false for a flow summed over the period's months. */
    public boolean stock() {
        return stock;
    }

    public String label() {
        return label;
    }
}
