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
 * The wall remembers the case (V57) and the family (V59) that last passed within a reading, so a case's content and a
 * family's rows are not checked against it row by row; it must never let anything else through. The school nurse
 * covers Southbank: one of her cases and one of a Northgate family's, each with actions in its plan (whose rows pass by their case
 * alone); one of her families and one she does not see, each with residences (whose rows pass by their family alone).
 */
@QuarkusTest
@TestSecurity(user = CheckedOnceAReadingTest.NURSE, roles = { "frontline", "lead-professional" })
class CheckedOnceAReadingTest {

    static final String NURSE = "frontline2";

    @Inject
    Reading reading;

    @Inject
    RowScope scope;

    @Inject
    EntityManager entities;

    UUID hers;
    UUID notHers;
    UUID herFamily;
    UUID notHerFamily;

    @BeforeEach
    void findTheCasesAndFamilies() {
        Set<UUID> seen = WallProbe.asTheRequest("select id from caf_case where id in (select case_id from caf_action)");
        Set<UUID> others = WallProbe.asOwner("select id from caf_case where id in (select case_id from caf_action)");
        others.removeAll(seen);
        assertThat(seen).as("the nurse sees cases with actions").isNotEmpty();
        assertThat(others).as("the demo town has cases with actions the nurse does not see").isNotEmpty();
        hers = seen.iterator().next();
        notHers = others.iterator().next();
        Set<UUID> families = WallProbe.asTheRequest("select family_id from family_residence");
        Set<UUID> otherFamilies = WallProbe.asOwner("select family_id from family_residence");
        otherFamilies.removeAll(families);
        assertThat(families).as("the nurse sees families with residences").isNotEmpty();
        assertThat(otherFamilies).as("the demo town has families the nurse does not see").isNotEmpty();
        herFamily = families.iterator().next();
        notHerFamily = otherFamilies.iterator().next();
    }

    @Test
    void aCaseThatPassedLetsNoOtherCaseThrough() {
        Set<UUID> both = inAReading(true, () -> {
            assertThat(actionsOf(hers)).containsExactly(hers);
            return actionsOf(hers, notHers);
        });
        assertThat(both).containsExactly(hers);
        assertThat(inAReading(true, () -> actionsOf(notHers))).isEmpty();
    }

    /**
     * Past the ground the tables' policies let every row through before asking about the case, so the wall's check is
     * asked directly there, as PostgreSQL is free to ask it first.
     */
    @Test
    void aCaseThatPassedPastTheGroundIsCheckedAgainOnceTheGroundIsBack() {
        Set<UUID> afterwards = inAReading(true, () -> {
            scope.acrossBoundaries(() -> {
                assertThat(actionsOf(notHers)).as("read past the ground").containsExactly(notHers);
                assertThat(passes(notHers)).as("the wall's check past the ground").isTrue();
                return null;
            });
            return actionsOf(notHers);
        });
        assertThat(afterwards).isEmpty();
    }

    @Test
    void onlyAReadingRemembers() {
        assertThat(inAReading(true, () -> {
            actionsOf(hers);
            return passed();
        })).isEqualTo(hers.toString());
        assertThat(inAReading(false, () -> {
            actionsOf(hers);
            return passed();
        })).isEmpty();
    }

    @Test
    void aFamilyThatPassedLetsNoOtherFamilyThrough() {
        Set<UUID> both = inAReading(true, () -> {
            assertThat(residencesOf(herFamily)).containsExactly(herFamily);
            return residencesOf(herFamily, notHerFamily);
        });
        assertThat(both).containsExactly(herFamily);
        assertThat(inAReading(true, () -> residencesOf(notHerFamily))).isEmpty();
    }

    @Test
    void aFamilyThatPassedPastTheGroundIsCheckedAgainOnceTheGroundIsBack() {
        Set<UUID> afterwards = inAReading(true, () -> {
            scope.acrossBoundaries(() -> {
                assertThat(residencesOf(notHerFamily)).as("read past the ground").containsExactly(notHerFamily);
                assertThat(familyPasses(notHerFamily)).as("the wall's check past the ground").isTrue();
                return null;
            });
            return residencesOf(notHerFamily);
        });
        assertThat(afterwards).isEmpty();
    }

    @Test
    void onlyAReadingRemembersAFamily() {
        assertThat(inAReading(true, () -> {
            residencesOf(herFamily);
            return setting("placeworks.family_passed");
        })).isEqualTo(herFamily.toString());
        assertThat(inAReading(false, () -> {
            residencesOf(herFamily);
            return setting("placeworks.family_passed");
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

    private Set<UUID> actionsOf(UUID... cases) {
        return onTheConnection(c -> WallProbe.ids(c, "select case_id from caf_action where case_id in (" + quoted(cases) + ")"));
    }

    private Set<UUID> residencesOf(UUID... families) {
        return onTheConnection(c -> WallProbe.ids(c, "select family_id from family_residence where family_id in ("
                + quoted(families) + ")"));
    }

    private static String quoted(UUID... ids) {
        StringBuilder in = new StringBuilder();
        for (UUID id : ids) {
            in.append(in.isEmpty() ? "" : ", ").append('\'').append(id).append('\'');
        }
        return in.toString();
    }

    private boolean passes(UUID kase) {
        return "true".equals(value("placeworks_sees_case('" + kase + "')::text"));
    }

    private boolean familyPasses(UUID family) {
        return "true".equals(value("placeworks_sees_family('" + family + "')::text"));
    }

    /** The case the wall remembers as passed in this transaction ('' for none). */
    private String passed() {
        return setting("placeworks.case_passed");
    }

    /** A setting of this transaction ('' for none). */
    private String setting(String name) {
        return value("coalesce(current_setting('" + name + "', true), '')");
    }

    /** The value of an expression, as text, on this transaction's connection. */
    private String value(String expression) {
        return onTheConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select " + expression)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private <T> T onTheConnection(ReturningWork<T> work) {
        return entities.unwrap(Session.class).doReturningWork(work);
    }
}
