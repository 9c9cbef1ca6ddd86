package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.placeworks.caf.Goal;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;

/** A need of the family, tagged with a headline outcome, scored 1-10 at assessment and at each review. */
@Entity
@Table(name = "caf_need")
public class Need {

    @Id
    UUID id;

    int position;

    String description;

    @Enumerated(EnumType.STRING)
    HeadlineOutcome headline;

    @Column(name = "baseline_score")
    Integer baselineScore;

    @Column(name = "current_score")
    Integer currentScore;

    @Enumerated(EnumType.STRING)
    NeedOutcome outcome;

    /** What will be different when the need is met. */
    String goal;

    /** How the team and the family will know: what is measured, and by whom. */
    @Column(name = "goal_measure")
    String goalMeasure;

    /** The child the need is about, when the case is for several children; null for the whole family. */
    @Column(name = "child_id")
    UUID childId;

    protected Need() {
    }

    Need(int position, String description, HeadlineOutcome headline) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.description = description;
        this.headline = headline;
    }

    void baseline(int score) {
        baselineScore = score;
        currentScore = score;
    }

    void rescore(int score) {
        currentScore = score;
    }

    /** Sets the goal; a goal without a measure (or the reverse) is the caller's check. */
    void aimFor(Goal goal) {
        this.goal = goal == null ? null : goal.whatWillBeDifferent();
        this.goalMeasure = goal == null ? null : goal.measure();
    }

    void attributeTo(UUID childId) {
        this.childId = childId;
    }

    /** A merged duplicate child: the need follows the record kept. */
    boolean replaceChild(UUID mergedPersonId, UUID keptPersonId) {
        if (mergedPersonId.equals(childId)) {
            childId = keptPersonId;
            return true;
        }
        return false;
    }

    void close(NeedOutcome outcome) {
        this.outcome = outcome;
    }

    public UUID id() {
        return id;
    }

    public String description() {
        return description;
    }

    public HeadlineOutcome headline() {
        return headline;
    }

    public Integer baselineScore() {
        return baselineScore;
    }

    public Integer currentScore() {
        return currentScore;
    }

    public NeedOutcome outcome() {
        return outcome;
    }

    /** The goal, if one was set. */
    public java.util.Optional<Goal> goal() {
        return goal == null ? java.util.Optional.empty() : java.util.Optional.of(new Goal(goal, goalMeasure));
    }

    public UUID childId() {
        return childId;
    }
}
