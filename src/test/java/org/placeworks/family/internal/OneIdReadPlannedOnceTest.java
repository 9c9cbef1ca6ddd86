package org.placeworks.family.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.internal.AddressRepository;

/**
 * A case page reads its one family and their address by id. Bound as a one-element array, PostgreSQL planned the
 * walled query afresh on every call (a custom plan, about 0.7 ms of the database's CPU at the large size); bound as
 * one id it keeps a generic plan after its fifth use on a connection. Counted from PostgreSQL's own view of the
 * connection's prepared statements, after more uses than the driver's threshold for preparing one.
 */
@QuarkusTest
class OneIdReadPlannedOnceTest {

    private static final int USES = 12;

    @Inject
    FamilyRepository families;

    @Inject
    AddressRepository addresses;

    @Inject
    EntityManager entityManager;

    @Test
    void oneFamilyReadAgainAndAgainIsPlannedOnce() {
        UUID known = QuarkusTransaction.requiringNew().call(() -> families.findAll().page(0, 1).firstResult().id());
        long generic = QuarkusTransaction.requiringNew().call(() -> {
            for (int i = 0; i < USES; i++) {
                assertThat(families.byIds(List.of(known))).extracting(Family::id).containsExactly(known);
            }
            return genericPlans("from family where id");
        });
        assertThat(generic).as("uses of the family's read with a generic plan").isGreaterThan(0);
    }

    @Test
    void oneAddressReadAgainAndAgainIsPlannedOnce() {
        UUID known = QuarkusTransaction.requiringNew().call(() -> addresses.findAll().page(0, 1).firstResult().id());
        long generic = QuarkusTransaction.requiringNew().call(() -> {
            for (int i = 0; i < USES; i++) {
                assertThat(addresses.byIds(List.of(known))).hasSize(1);
            }
            return genericPlans("from address where id");
        });
        assertThat(generic).as("uses of the address's read with a generic plan").isGreaterThan(0);
    }

    /** Generic-plan uses of this connection's prepared statements whose text holds {@code fragment}. */
    private long genericPlans(String fragment) {
        Object sum = entityManager.createNativeQuery(
                "select coalesce(sum(generic_plans), 0) from pg_prepared_statements where statement like :like")
                .setParameter("like", "%" + fragment + "%").getSingleResult();
        return ((Number) sum).longValue();
    }
}
