package org.placeworks.caf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.identity.ActingAs;

/**
 * Case lists are filtered in SQL ({@link CafCaseRepository#seenBy}); the case page asks {@link CaseRule}.
 * For every demo member of staff, over every case in the database, both must give the same answer.
 */
@QuarkusTest
class CaseListsFollowTheRuleTest {

    @Inject
    ActingAs actingAs;

    @Inject
    CafCaseRepository cases;

    @Inject
    CaseGate gate;

    @Inject
    Families families;

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"frontline, frontline", "frontline2, frontline", "chair, panel-chair", "manager, manager",
        "estate, estate-officer", "intel, intelligence-officer", "admin, admin", "frontline2, panel-member"})
    void theSqlListAndTheRuleAgree(String user, String role) {
        actingAs.run(user, Set.of(role), () -> QuarkusTransaction.requiringNew().run(() -> {
            Set<UUID> listed = Set.copyOf(cases.seenBy(gate.scope(), false, null));
            var all = cases.listAll();
            var headers = families.headers(all.stream().map(CafCase::familyId).collect(Collectors.toSet()));
            Set<UUID> seen = all.stream().filter(c -> {
                FamilyHeader family = headers.get(c.familyId());
                return family != null && gate.decide(c, family.address()).sees();
            }).map(CafCase::id).collect(Collectors.toSet());
            assertThat(listed).as("cases listed for " + user).isEqualTo(seen);
        }));
    }
}
