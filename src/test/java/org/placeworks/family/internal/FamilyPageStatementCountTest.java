package org.placeworks.family.internal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.family.FamilyFixtures.NORTHGATE;
import static org.placeworks.family.FamilyFixtures.SOUTHBANK;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.surname;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PlaceKind;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.geography.Places;

/**
 * The family page costs the same SQL statements for a family of 9 who moved twice as for a family of 2 who moved
 * once. (A family that never moved costs fewer: the page then has no past address to look up.)
 */
@QuarkusTest
class FamilyPageStatementCountTest {

    @Inject
    EntityManager em;

    @Inject
    Places places;

    @Inject
    SessionFactory sessionFactory;

    /** A family of {@code people} who lived at each of {@code uprns} in turn (the last is where they live now). */
    private UUID family(int people, long... uprns) {
        String surname = surname();
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID now = places.addressByUprn(uprns[uprns.length - 1]).orElseThrow().id();
            Family family = new Family(surname + " family", now, Instant.now(), "test");
            family.moveTo(PlaceKind.HOME, now, null, null);
            em.persist(family);
            LocalDate from = LocalDate.of(2020, 1, 1);
            for (int i = 0; i < uprns.length; i++) {
                UUID at = places.addressByUprn(uprns[i]).orElseThrow().id();
                FamilyResidence lived = new FamilyResidence(family.id(), PlaceKind.HOME, at, null, null, from.plusYears(i),
                        Instant.now(), "test");
                if (i < uprns.length - 1) {
                    lived.endOn(from.plusYears(i + 1));
                }
                em.persist(lived);
            }
            for (int i = 0; i < people; i++) {
                em.persist(new Person(family.id(), new PersonCommand("Child" + (char) ('a' + i), surname, null,
                        LocalDate.of(2012 + i, 5, 1), null, Sex.MALE, null, null, false, null, null, null, null,
                        Relationship.CHILD, true, null), Instant.now()));
            }
            return family.id();
        });
    }

    private long statementsFor(String path) {
        return org.placeworks.testsupport.Statements.ofGet(sessionFactory, path);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theFamilyPageCostsTheSameStatementsForNinePeopleAndThreeAddressesAsForTwoAndTwo() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        UUID small = family(2, NORTHGATE + 1, SOUTHBANK);
        UUID large = family(9, NORTHGATE, NORTHGATE + 1, SOUTHBANK + 1);
        long forSmall = statementsFor("/families/" + small);
        long forLarge = statementsFor("/families/" + large);
        assertThat(forLarge).as("/families/{id} statements, 9 people and 3 addresses vs 2 and 2").isEqualTo(forSmall);
    }
}
