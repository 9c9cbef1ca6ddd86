package org.placeworks.family;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person found by a search or suspected as a duplicate. A match the caller may see comes with the
 * person, their family, address and how close the match is (0 to 1). A match outside the caller's
 * boundary comes only as {@code heldBy}, the services to contact, and its {@code notice}: nothing
 * about the person, so that nothing the caller did not type is confirmed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonMatch(PersonView person, String familyName, String address, Double similarity, String heldBy, String notice) {

    public static PersonMatch visible(PersonView person, String familyName, String address, double similarity) {
        return new PersonMatch(person, familyName, address, similarity, null, null);
    }

    public static PersonMatch heldElsewhere(String services) {
        return new PersonMatch(null, null, null, null, services,
                "A possible match is held by another service: contact " + services);
    }

    public boolean elsewhere() {
        return person == null;
    }
}
