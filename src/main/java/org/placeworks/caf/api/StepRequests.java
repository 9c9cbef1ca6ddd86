package org.placeworks.caf.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.ActionCommand;
import org.placeworks.caf.ActionStatus;
import org.placeworks.caf.AssessmentCommand;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.Goal;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.NeedProblems;
import org.placeworks.caf.Progress;
import org.placeworks.caf.ReviewCommand;
import org.placeworks.caf.Score;
import org.placeworks.shared.InvalidInput;

/**
 * The bodies of the case steps as the API receives them. Each carries the case's {@code version}
 * the caller saw (from {@code GET /api/v1/cases/{id}}): a change made meanwhile is refused (409).
 */
final class StepRequests {

    private StepRequests() {
    }

    /**
     * The assessment so far: strengths and needs per element ({@code HEALTH}, {@code LEARNING}...),
     * a baseline score (1-10) per need id, new needs (each may name the child it is about), the
     * child's voice and the family's views, the goal for each need, and which child each need is
     * about. {@code complete: true} finishes it on {@code completedOn} (today when empty).
     */
    public record Assessment(Map<CafElement, String> strengths, Map<CafElement, String> needs, Map<UUID, Integer> scores,
            List<NeedCommand> newNeeds, String childsVoice, String familyViews, Boolean complete, LocalDate completedOn,
            Map<UUID, Goal> goals, Map<UUID, UUID> childOf, Long version) {

        AssessmentCommand command() {
            return new AssessmentCommand(strengths, needs, StepRequests.scores(scores), newNeeds, childsVoice, familyViews,
                    Boolean.TRUE.equals(complete), version, completedOn, goals, childOf);
        }
    }

    /** A re-assessment: new findings and a new score for every need; the goals may be reset too. */
    public record Reassessment(Map<CafElement, String> strengths, Map<CafElement, String> needs, Map<UUID, Integer> scores,
            String childsVoice, String familyViews, LocalDate completedOn, Map<UUID, Goal> goals, Long version) {
    }

    /** A member of staff by their id: the lead professional, or a member of the Team Around the Family. */
    public record Staff(UUID staffId, Long version) {
    }

    /** A plan action: the need it serves, what will be done, who owns it, when it is due. */
    public record Action(UUID needId, String description, UUID ownerStaffId, LocalDate dueOn, Long version) {

        ActionCommand command() {
            return new ActionCommand(needId, description, ownerStaffId, dueOn, version);
        }
    }

    /** An action's new status; {@code version} is the action's own. */
    public record ActionUpdate(ActionStatus status, Long version) {
    }

    /** A review: when it was held, a summary, and for every need its progress against the goal and a new score. */
    public record Review(LocalDate heldOn, String summary, Map<UUID, NeedProgress> needs, Long version) {

        ReviewCommand command() {
            Map<UUID, Progress> progress = new LinkedHashMap<>();
            Map<UUID, Integer> numbers = new LinkedHashMap<>();
            if (needs != null) {
                needs.forEach((id, p) -> {
                    if (p != null) {
                        if (p.progress() != null) {
                            progress.put(id, p.progress());
                        }
                        numbers.put(id, p.score());
                    }
                });
            }
            return new ReviewCommand(heldOn, summary, progress, StepRequests.scores(numbers), version);
        }
    }

    /** Progress on one need at a review, and its new score (1-10). */
    public record NeedProgress(Progress progress, Integer score) {
    }

    /** Scores off the 1-10 scale are refused naming the need; a need given none is left out for the service to name. */
    static Map<UUID, Score> scores(Map<UUID, Integer> given) {
        Map<UUID, Score> scores = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((id, value) -> {
                if (value != null) {
                    Score.of(value).ifPresentOrElse(s -> scores.put(id, s),
                            () -> problems.put(NeedProblems.score(id), "A score is from 1 (severe) to 10 (no concern)"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return scores;
    }
}
