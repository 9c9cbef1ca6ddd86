package org.placeworks.caf.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.placeworks.caf.Progress;

/** A review's finding for one need: the direction of travel and the new score. */
@Embeddable
public class ProgressEntry {
    @Enumerated(EnumType.STRING)
    Progress progress;
    int score;

    protected ProgressEntry() {
    }

    public ProgressEntry(Progress progress, int score) {
        this.progress = progress;
        this.score = score;
    }

    public Progress progress() {
        return progress;
    }

    public int score() {
        return score;
    }
}
