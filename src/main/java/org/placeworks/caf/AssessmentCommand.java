package org.placeworks.caf;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assessment so far: strengths and needs per element, a baseline score (1-10) per need, new
 * needs found, the child's voice and the family's views; {@code complete} finishes it.
 */
public record AssessmentCommand(Map<CafElement, String> strengths, Map<CafElement, String> needs,
        Map<UUID, Integer> baselineScores, List<NeedCommand> newNeeds, String childsVoice, String familyViews,
        boolean complete, Long version) {
}
