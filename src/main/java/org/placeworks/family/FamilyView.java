package org.placeworks.family;

import java.util.List;
import java.util.UUID;
import org.placeworks.geography.AddressView;

/**
 * A household where it lives now ({@code address}: a UPRN address, or a described location in a
 * neighbourhood), how it lives there, where it lived before (newest first), and the people in it.
 */
public record FamilyView(UUID id, String name, AddressView address, List<PersonView> people, long version, PlaceKind placeKind,
        List<ResidenceView> residences) {

    /** Each member's full name by their id, for records that name the family members they are about. */
    public java.util.Map<UUID, String> namesById() {
        return people.stream().collect(java.util.stream.Collectors.toMap(PersonView::id, PersonView::fullName, (a, b) -> a));
    }

    public FamilyView(UUID id, String name, AddressView address, List<PersonView> people, long version) {
        this(id, name, address, people, version, PlaceKind.HOME, List.of());
    }

    public List<PersonView> children() {
        return people.stream().filter(p -> p.relationship() == Relationship.CHILD).toList();
    }
}
