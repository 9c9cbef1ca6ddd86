package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
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
}
