package org.placeworks.family.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Looking up families and people by id binds one array, not one parameter per id: PostgreSQL's wire
 * protocol allows at most 65,535 parameters in a statement, and a county has more families than that.
 */
@QuarkusTest
class ByIdsBindOneArrayTest {

    @Inject
    FamilyRepository families;

    @Inject
    PersonRepository people;

    private static List<UUID> randomIds(int count) {
        return Stream.generate(UUID::randomUUID).limit(count).toList();
    }

    @Test
    void seventyThousandFamilyIdsFindNothingWithoutFailing() {
        List<UUID> ids = randomIds(70_000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> families.byIds(ids))).isEmpty();
    }

    @Test
    void seventyThousandPersonIdsFindNothingWithoutFailing() {
        List<UUID> ids = randomIds(70_000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> people.byIds(ids))).isEmpty();
    }

    @Test
    void aKnownFamilyIsFoundAmongSeventyThousand() {
        UUID known = QuarkusTransaction.requiringNew().call(() -> families.findAll().page(0, 1).firstResult().id());
        List<UUID> ids = Stream.concat(randomIds(70_000).stream(), Stream.of(known)).toList();
        assertThat(QuarkusTransaction.requiringNew().call(() -> families.byIds(ids))).extracting(Family::id).containsExactly(known);
    }

    @Test
    void familiesComeBackInTheOrderAskedEachOnce() {
        List<UUID> two = QuarkusTransaction.requiringNew().call(() -> families.findAll().page(0, 2).list().stream()
                .map(Family::id).toList());
        UUID a = two.get(0);
        UUID b = two.get(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> families.byIds(List.of(a, b, a)))).extracting(Family::id)
                .containsExactly(a, b);
        assertThat(QuarkusTransaction.requiringNew().call(() -> families.byIds(List.of(b, UUID.randomUUID(), a))))
                .extracting(Family::id).containsExactly(b, a);
    }
}
