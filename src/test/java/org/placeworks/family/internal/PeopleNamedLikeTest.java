package org.placeworks.family.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.family.FamilyFixtures.SOUTHBANK;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.surname;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.Places;

/**
 * The candidates of a name search (V58): the closest {@code most} people, closest first, looked for among those at least
 * 0.5 alike before everyone 0.3 alike. Searched for by the surname alone, whose letters no given name here shares (so
 * no trigram of a given name is one of the surname's): a two-letter given name makes a person 11/14 alike (0.79), a
 * thirteen-letter one 11/25 (0.44) and a fifteen-letter one 11/27 (0.41).
 */
@QuarkusTest
class PeopleNamedLikeTest {

    @Inject
    EntityManager em;

    @Inject
    Places places;

    private String surname;
    private final Map<UUID, String> givenNames = new HashMap<>();

    @BeforeEach
    void people() {
        surname = "Zq" + surname().toLowerCase().chars().map(c -> 'a' + c % 11)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).substring(2);
        UUID addressId = address(places, SOUTHBANK);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String given : List.of("Cy", "Al", "Norstonpurvysty", "Bo", "Norstonpurvys")) {
                givenNames.put(OnePersonFamily.persist(em, addressId, given, surname).id(), given);
            }
        });
    }

    /** The given names of the people the function answers, in its order. */
    private List<String> namedLike(int most) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select x from placeworks_people_named_like(:name, :most) x")
                    .setParameter("name", surname.toLowerCase()).setParameter("most", most).getResultList();
            return ids.stream().map(id -> givenNames.getOrDefault(id, "someone else")).toList();
        });
    }

    @Test
    void enoughCloseNamesAreTheAnswerClosestFirst() {
        // Three are 0.79 alike, alike one another, so in given name order; the two looser ones are passed over.
        assertThat(namedLike(2)).containsExactly("Al", "Bo");
        assertThat(namedLike(3)).containsExactly("Al", "Bo", "Cy");
    }

    @Test
    void tooFewCloseNamesTakeInTheLooserOnes() {
        // Only three are 0.5 alike or more: the fourth and fifth closest are 0.44 and 0.41 alike.
        assertThat(namedLike(4)).containsExactly("Al", "Bo", "Cy", "Norstonpurvys");
        assertThat(namedLike(10)).containsExactly("Al", "Bo", "Cy", "Norstonpurvys", "Norstonpurvysty");
    }

    @Test
    void everyMatchAskedForIsEveryOneAtLeastThreeTenthsAlike() {
        assertThat(namedLike(Integer.MAX_VALUE)).containsExactly("Al", "Bo", "Cy", "Norstonpurvys", "Norstonpurvysty");
    }
}
