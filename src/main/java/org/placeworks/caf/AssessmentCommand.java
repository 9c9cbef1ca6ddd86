package org.placeworks.caf;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assessment so far: strengths and needs per element, a baseline score (1-10) per need, new
 * needs found, the child's voice and the family's views; {@code complete} finishes it, on
 * {@code completedOn} (today when empty: an assessment written up later keeps its real date).
 * {@code goals}: what will be different for each need and how it will be measured (a need left out
 * keeps its goal); {@code childOf}: the child each need is about, where the case is for several
 * children (a need left out is about the whole family).
 */
public record AssessmentCommand(Map<CafElement, String> strengths, Map<CafElement, String> needs,
        Map<UUID, Score> baselineScores, List<NeedCommand> newNeeds, String childsVoice, String familyViews,
        boolean complete, Long version, java.time.LocalDate completedOn, Map<UUID, Goal> goals, Map<UUID, UUID> childOf) {

    public AssessmentCommand(Map<CafElement, String> strengths, Map<CafElement, String> needs,
            Map<UUID, Score> baselineScores, List<NeedCommand> newNeeds, String childsVoice, String familyViews,
            boolean complete, Long version, java.time.LocalDate completedOn) {
        this(strengths, needs, baselineScores, newNeeds, childsVoice, familyViews, complete, version, completedOn, null, null);
    }

    public AssessmentCommand(Map<CafElement, String> strengths, Map<CafElement, String> needs,
            Map<UUID, Score> baselineScores, List<NeedCommand> newNeeds, String childsVoice, String familyViews,
            boolean complete, Long version) {
        this(strengths, needs, baselineScores, newNeeds, childsVoice, familyViews, complete, version, null);
    }
}
