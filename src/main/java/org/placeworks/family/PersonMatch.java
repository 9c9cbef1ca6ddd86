package org.placeworks.family;

/** A person found by a search or suspected as a duplicate, with their family and how close the match is (0 to 1). */
public record PersonMatch(PersonView person, String familyName, String address, double similarity) {
}
