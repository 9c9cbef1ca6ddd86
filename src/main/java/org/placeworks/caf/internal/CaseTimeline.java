package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyTimelineSource;
import org.placeworks.family.TimelineEntry;

/** Puts what happened on a family's early help cases on the family's timeline. */
@ApplicationScoped
public class CaseTimeline implements FamilyTimelineSource {

    @Inject
    CafEventRepository events;

    @Inject
    CafCaseRepository cases;

    @Inject
    CaseGate gate;

    @Inject
    Families families;

    /** Only the cases the reader may see: a family shared for one case does not open its other cases. */
    @Override
    public List<TimelineEntry> timelineOf(UUID familyId) {
        java.util.Map<UUID, String> references = new java.util.HashMap<>();
        var headers = families.headers(java.util.Set.of(familyId));
        cases.forFamily(familyId).stream()
                .filter(c -> headers.containsKey(familyId) && gate.decide(c, headers.get(familyId).address()).sees())
                .forEach(c -> references.put(c.id(), c.reference()));
        return events.ofFamily(familyId).stream().filter(e -> references.containsKey(e.caseId()))
                .map(e -> new TimelineEntry(e.at(), e.by(), references.get(e.caseId()) + ": " + e.what(),
                        "/cases/" + e.caseId())).toList();
    }
}
