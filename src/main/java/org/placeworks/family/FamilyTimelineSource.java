package org.placeworks.family;

import java.util.List;
import java.util.UUID;

/** Lets higher features (early help cases) add their events to a family's timeline without family knowing them. */
public interface FamilyTimelineSource {
    List<TimelineEntry> timelineOf(UUID familyId);
}
