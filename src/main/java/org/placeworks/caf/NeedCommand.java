package org.placeworks.caf;

/** A need in words, tagged with the Supporting Families headline outcome it belongs to. */
public record NeedCommand(String description, HeadlineOutcome headline) {
}
