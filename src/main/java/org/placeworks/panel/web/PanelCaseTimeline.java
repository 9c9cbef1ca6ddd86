package org.placeworks.panel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.placeworks.caf.CaseTimelineSource;
import org.placeworks.family.TimelineEntry;
import org.placeworks.panel.Agendas;

/** The panel's part of a case's timeline: each time the case was listed for a meeting, and each decision on it. */
@ApplicationScoped
public class PanelCaseTimeline implements CaseTimelineSource {

    @Inject
    Agendas agendas;

    @Override
    public List<TimelineEntry> entriesFor(UUID caseId, boolean worksOnCase) {
        return agendas.timelineOf(caseId, worksOnCase);
    }
}
