package org.placeworks.family;

import java.util.List;
import java.util.UUID;
import org.placeworks.geography.AddressView;

/** A household at an address, with the people in it. */
public record FamilyView(UUID id, String name, AddressView address, List<PersonView> people, long version) {

    public List<PersonView> children() {
        return people.stream().filter(p -> p.relationship() == Relationship.CHILD).toList();
    }
}
