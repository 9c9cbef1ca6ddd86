package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;

/** Many approvals against one fund at the same moment: never an overspend, never a lost approval. */
@QuarkusTest
class SimultaneousApprovalsTest {

    @Inject
    ActingAs actingAs;

    @Inject
    GrantRequests requests;

    @Inject
    Funds funds;

    @Inject
    GrantFixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void tenApprovalsOfTwentyPoundsAgainstAHundredPoundFund() throws Exception {
        // £100 budget; £20 each; the chair may approve up to £25 between meetings. A far-off year keeps this
        // fund out of the way of tests that ask for grants from this year's fund.
        UUID fund = actingAs.call("manager", Set.of(Roles.MANAGER), () -> funds.create(fixtures.fund(
                "Concurrency " + UUID.randomUUID(), fixtures.thisYear() + 10, 10_000L, 4_000L, 6_000L, 2_500L)));
        List<UUID> pending = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pending.add(fixtures.request(fund, 2_000));
        }

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (UUID id : pending) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(
                            DecisionRoute.CHAIR, null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
                    return true;
                } catch (InvalidInput refused) {
                    assertThat(refused.getMessage()).contains("left");
                    return false;
                }
            }));
        }
        start.countDown();
        int approved = 0;
        for (Future<Boolean> outcome : outcomes) {
            approved += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(approved).isEqualTo(5);
        long committed = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select committed_pence from grant_fund where id = ?1").setParameter(1, fund).getSingleResult()).longValue());
        long approvedInRequests = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum(approved_pence), 0) from grant_request where fund_id = ?1 and status = 'APPROVED'")
                .setParameter(1, fund).getSingleResult()).longValue());
        assertThat(committed).isEqualTo(10_000).isEqualTo(approvedInRequests);
    }
}
