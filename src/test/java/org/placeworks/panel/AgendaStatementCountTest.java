package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;
import org.placeworks.panel.internal.PanelAction;

/**
 * The agenda page and the minutes PDF issue the same number of SQL statements for 5 items as for
 * 40 (no query per item). Counts come from Hibernate's statistics, on in the test profile only.
 */
@QuarkusTest
class AgendaStatementCountTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Thornbury thornbury;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    /** A closed meeting of a new panel with this many items, each with an action. */
    static UUID closedMeetingWith(PanelFixtures fixtures, Thornbury thornbury, EntityManager em, int items) {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today().minusDays(1));
        UUID caseId = fixtures.anyCase();
        UUID owner = thornbury.member("frontline2").id();
        UUID agency = thornbury.agency("Eastmoor Community Health NHS Trust");
        for (int i = 0; i < items; i++) {
            UUID item = fixtures.listItem(meeting, caseId, "Family " + i);
            QuarkusTransaction.requiringNew().run(() -> em.persist(new PanelAction(panel.id(), meeting, item,
                    "Follow up", owner, agency, fixtures.today().plusDays(7), "chair")));
        }
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        fixtures.close(meeting);
        return meeting;
    }

    private long statementsFor(String path) {
        return org.placeworks.testsupport.Statements.ofGet(sessionFactory, path);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theAgendaAndTheMinutesCostTheSameStatementsForFiveItemsAsForForty() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        UUID five = closedMeetingWith(fixtures, thornbury, em, 5);
        UUID forty = closedMeetingWith(fixtures, thornbury, em, 40);

        long agendaFive = statementsFor("/panel/meetings/" + five);
        long agendaForty = statementsFor("/panel/meetings/" + forty);
        assertThat(agendaForty).as("agenda statements, 40 items vs 5").isEqualTo(agendaFive);

        long pdfFive = statementsFor("/panel/meetings/" + five + "/minutes.pdf");
        long pdfForty = statementsFor("/panel/meetings/" + forty + "/minutes.pdf");
        assertThat(pdfForty).as("minutes PDF statements, 40 items vs 5").isEqualTo(pdfFive);

        long minutesFive = statementsFor("/panel/meetings/" + five + "/minutes");
        long minutesForty = statementsFor("/panel/meetings/" + forty + "/minutes");
        assertThat(minutesForty).isEqualTo(minutesFive);
    }
}
