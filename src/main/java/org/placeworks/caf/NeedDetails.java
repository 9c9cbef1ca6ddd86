package org.placeworks.caf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.Need;
import org.placeworks.shared.Text;

/**
 * What an assessment (or re-assessment) says about each need besides its score: the goal (what
 * will be different, and how it will be measured) and the child it is about. Checked before
 * anything is changed, each problem named by the need; applied once the whole assessment is good.
 */
final class NeedDetails {

    private final Map<UUID, Goal> goals;
    private final Map<UUID, UUID> childOf;

    private NeedDetails(Map<UUID, Goal> goals, Map<UUID, UUID> childOf) {
        this.goals = goals;
        this.childOf = childOf;
    }

    /** The goals and children given for the case's needs; a problem with one is added to {@code problems}. */
    static NeedDetails checked(CafCase c, Map<UUID, Goal> goals, Map<UUID, UUID> childOf, Map<String, String> problems) {
        Map<UUID, Goal> checkedGoals = new LinkedHashMap<>();
        if (goals != null) {
            goals.forEach((needId, goal) -> {
                Need need = c.needs().stream().filter(n -> n.id().equals(needId)).findFirst().orElse(null);
                if (need == null) {
                    problems.put("goals", "Set goals only for the case's needs");
                    return;
                }
                String different = blankToNull(goal == null ? null : goal.whatWillBeDifferent());
                String measure = blankToNull(goal == null ? null : goal.measure());
                Text.problem("What will be different", different, Text.LONG)
                        .ifPresent(p -> problems.put(NeedProblems.goal(needId), p));
                Text.problem("How it will be measured", measure, Text.LONG)
                        .ifPresent(p -> problems.put(NeedProblems.measure(needId), p));
                if (different == null && measure != null) {
                    problems.put(NeedProblems.goal(needId), "Say what will be different for \"" + need.description()
                            + "\", or leave how it will be measured blank");
                } else if (different != null && measure == null) {
                    problems.put(NeedProblems.measure(needId), "Say how progress on \"" + need.description() + "\" will be measured");
                }
                checkedGoals.put(needId, different == null ? null : new Goal(different, measure));
            });
        }
        Map<UUID, UUID> checkedChildren = new LinkedHashMap<>();
        if (childOf != null) {
            childOf.forEach((needId, childId) -> {
                if (c.needs().stream().noneMatch(n -> n.id().equals(needId))) {
                    problems.put("childOf", "Attribute only the case's needs to a child");
                } else if (childId != null && !c.children().contains(childId)) {
                    problems.put(NeedProblems.child(needId), "Select a child the case is about");
                } else {
                    checkedChildren.put(needId, childId);
                }
            });
        }
        return new NeedDetails(checkedGoals, checkedChildren);
    }

    void applyTo(CafCase c) {
        goals.forEach(c::setGoal);
        childOf.forEach(c::attributeNeed);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
