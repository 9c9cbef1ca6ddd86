package org.placeworks.panel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSummary;
import org.placeworks.caf.MyCasesSource;
import org.placeworks.panel.Agendas;
import org.placeworks.panel.DecisionNotice;

/**
 * On "My cases": what the panel decided, at meetings that have closed in the last three months, on the cases the
 * worker brought to it or has on the list (as lead professional or on the team).
 */
@ApplicationScoped
public class PanelDecisionsOnMyCases implements MyCasesSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static final int DAYS = 92;

    @Inject
    Agendas agendas;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<CaseSection> sectionFor(List<CaseSummary> myCases) {
        List<DecisionNotice> decided = agendas.recentDecisionsFor(myCases.stream().map(CaseSummary::id).toList(), DAYS);
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        List<CaseSection.Row> rows = decided.stream().map(d -> new CaseSection.Row(d.caseReference(), "/cases/" + d.caseId()
                + "#panel", d.panelName() + ", " + DAY.format(d.meetingDate()) + ": " + d.decision().label() + ". "
                + d.rationale())).toList();
        return Optional.of(new CaseSection("panel-decisions", "The panel's decisions on your cases", rows, null, List.of()));
    }
}
