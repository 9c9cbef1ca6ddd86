package org.placeworks.family.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PlaceKind;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;

/** A family of one child living at an address, written straight to the register: what the name search tests find. */
final class OnePersonFamily {

    private OnePersonFamily() {
    }

    /** The child, in a family named after them, in the caller's transaction. */
    static Person persist(EntityManager em, UUID addressId, String given, String surname) {
        Family family = new Family(surname + " family", addressId, Instant.now(), "test");
        family.moveTo(PlaceKind.HOME, addressId, null, null);
        em.persist(family);
        Person person = new Person(family.id(), new PersonCommand(given, surname, null, LocalDate.of(2015, 3, 1), null,
                Sex.FEMALE, null, null, false, null, null, null, null, Relationship.CHILD, true, null), Instant.now());
        em.persist(person);
        return person;
    }
}
