package org.placeworks.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.Reading;
import org.placeworks.testsupport.WallProbe;

/**
 * The wall remembers the case that last passed within a reading (V57), so a case's content is not checked against it
 * row by row; it must never let anything else through. The school nurse covers Southbank: one of her cases and one of
 * a Northgate family's, each with needs (whose rows pass by their case alone).
 */
@QuarkusTest
@TestSecurity(user = CaseCheckedOnceAReadingTest.NURSE, roles = { "frontline", "lead-professional" })
class CaseCheckedOnceAReadingTest {

    static final String NURSE = "frontline2";

    @Inject
    Reading reading;

    @Inject
    RowScope scope;

    @Inject
    EntityManager entities;

    UUID hers;
    UUID notHers;

    @BeforeEach
    void findTheCases() {
        Set<UUID> seen = WallProbe.asTheRequest("select id from caf_case where id in (select case_id from caf_need)");
        Set<UUID> others = WallProbe.asOwner("select id from caf_case where id in (select case_id from caf_need)");
        others.removeAll(seen);
        assertThat(seen).as("the nurse sees cases with needs").isNotEmpty();
        assertThat(others).as("the demo town has cases with needs the nurse does not see").isNotEmpty();
        hers = seen.iterator().next();
        notHers = others.iterator().next();
    }

    @Test
    void aCaseThatPassedLetsNoOtherCaseThrough() {
        Set<UUID> both = inAReading(true, () -> {
            assertThat(needsOf(hers)).containsExactly(hers);
            return needsOf(hers, notHers);
        });
        assertThat(both).containsExactly(hers);
        assertThat(inAReading(true, () -> needsOf(notHers))).isEmpty();
    }

    /**
     * Past the ground the tables' policies let every row through before asking about the case, so the wall's check is
     * asked directly there, as PostgreSQL is free to ask it first.
     */
    @Test
    void aCaseThatPassedPastTheGroundIsCheckedAgainOnceTheGroundIsBack() {
        Set<UUID> afterwards = inAReading(true, () -> {
            scope.acrossBoundaries(() -> {
                assertThat(needsOf(notHers)).as("read past the ground").containsExactly(notHers);
                assertThat(passes(notHers)).as("the wall's check past the ground").isTrue();
                return null;
            });
            return needsOf(notHers);
        });
        assertThat(afterwards).isEmpty();
    }

    @Test
    void onlyAReadingRemembers() {
        assertThat(inAReading(true, () -> {
            needsOf(hers);
            return passed();
        })).isEqualTo(hers.toString());
        assertThat(inAReading(false, () -> {
            needsOf(hers);
            return passed();
        })).isEmpty();
    }

    /** Work in one transaction of the signed-in nurse's request, begun as a reading or not. */
    private <T> T inAReading(boolean aReading, Supplier<T> work) {
        return WallProbe.inTheRequest(() -> QuarkusTransaction.requiringNew().call(() -> {
            if (aReading) {
                reading.begin();
            }
            return work.get();
        }));
    }

    private Set<UUID> needsOf(UUID... cases) {
        StringBuilder in = new StringBuilder();
        for (UUID c : cases) {
            in.append(in.isEmpty() ? "" : ", ").append('\'').append(c).append('\'');
        }
        return onTheConnection(c -> WallProbe.ids(c, "select case_id from caf_need where case_id in (" + in + ")"));
    }

    private boolean passes(UUID kase) {
        return onTheConnection(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select placeworks_sees_case('" + kase + "')")) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** The case the wall remembers as passed in this transaction ('' for none). */
    private String passed() {
        return onTheConnection(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(current_setting('placeworks.case_passed', true), '')")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private <T> T onTheConnection(ReturningWork<T> work) {
        return entities.unwrap(Session.class).doReturningWork(work);
    }
}
