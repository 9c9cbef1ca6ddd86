package org.placeworks.caf;

import java.util.UUID;

/**
 * A need in words, tagged with the Supporting Families headline outcome it belongs to; {@code childId}
 * is the child of the case it is about, or null for the whole family.
 */
public record NeedCommand(String description, HeadlineOutcome headline, UUID childId) {

    public NeedCommand(String description, HeadlineOutcome headline) {
        this(description, headline, null);
    }
}
