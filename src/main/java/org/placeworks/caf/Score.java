package org.placeworks.caf;

import java.util.Optional;

/**
 * Where a need stands on the scale a worker and the family agree at the assessment and at each
 * review, from 1 (severe) to 10 (no concern): the distance travelled between two scores is how a
 * case shows whether things got better. A score off the scale cannot be made.
 */
public record Score(int value) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;

    public Score {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException("A score is from " + LOWEST + " to " + HIGHEST + ", not " + value);
        }
    }

    /** The score for a number someone chose, or empty when it is not on the scale. */
    public static Optional<Score> of(Integer value) {
        return value != null && value >= LOWEST && value <= HIGHEST ? Optional.of(new Score(value)) : Optional.empty();
    }
}
