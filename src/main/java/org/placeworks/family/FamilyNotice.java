package org.placeworks.family;

/** A line about a family that another feature puts on the family page; {@code link} is null when the reader may not follow it. */
public record FamilyNotice(String text, String link) {
}
