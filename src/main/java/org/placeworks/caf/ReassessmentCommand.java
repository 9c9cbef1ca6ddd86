package org.placeworks.caf;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A re-assessment: strengths and needs per element, a new score for every need, the child's voice
 * and the family's views, the day it was completed (today when empty), and any goals reset.
 */
public record ReassessmentCommand(Map<CafElement, String> strengths, Map<CafElement, String> needs, Map<UUID, Score> scores,
        String childsVoice, String familyViews, LocalDate completedOn, Map<UUID, Goal> goals, Long version) {
}
