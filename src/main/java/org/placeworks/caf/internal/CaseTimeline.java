package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.placeworks.family.FamilyTimelineSource;
import org.placeworks.family.TimelineEntry;

/** Puts what happened on a family's early help cases on the family's timeline. */
@ApplicationScoped
public class CaseTimeline implements FamilyTimelineSource {

    @Inject
    CafEventRepository events;

    @Inject
    CafCaseRepository cases;

    @Override
    public List<TimelineEntry> timelineOf(UUID familyId) {
        java.util.Map<UUID, String> references = new java.util.HashMap<>();
        cases.forFamily(familyId).forEach(c -> references.put(c.id(), c.reference()));
        return events.ofFamily(familyId).stream().map(e -> new TimelineEntry(e.at(), e.by(),
                references.getOrDefault(e.caseId(), "") + ": " + e.what(), "/cases/" + e.caseId())).toList();
    }
}
