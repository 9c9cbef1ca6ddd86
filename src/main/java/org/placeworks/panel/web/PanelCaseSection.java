package org.placeworks.panel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseView;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.panel.Agendas;
import org.placeworks.panel.Hearing;

/**
 * The panel's part of the case page: the meetings the case was listed for and what was decided, and
 * for the case's own workers, while it is open with consent, the way to bring it to panel. Shown to
 * the case's own workers and to the panel's chairs, members and managers.
 */
@ApplicationScoped
public class PanelCaseSection implements CaseSectionSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    Agendas agendas;

    @Inject
    CurrentStaff current;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        boolean panelRole = current.has(Roles.PANEL_CHAIR) || current.has(Roles.PANEL_MEMBER) || current.has(Roles.MANAGER);
        if (!kase.canEdit() && !panelRole) {
            return Optional.empty();
        }
        List<CaseSection.Row> hearings = agendas.hearingsOf(kase).stream().map(PanelCaseSection::row).toList();
        List<CaseSection.Link> links = kase.canEdit() && kase.open() && kase.consent() != null
                ? List.of(new CaseSection.Link("Take the case to the multi-agency panel", "/panel/bring?caseId=" + kase.id()))
                : List.of();
        return Optional.of(new CaseSection("panel", "Multi-agency panel", hearings,
                "The case has not been listed for a panel meeting.", links));
    }

    private static CaseSection.Row row(Hearing h) {
        return new CaseSection.Row(DAY.format(h.meetingDate()), null, h.panelName() + ": " + h.kind().label() + ". "
                + (h.decision() == null ? "Not decided yet." : "Decided: " + h.decision().label() + "."));
    }
}
