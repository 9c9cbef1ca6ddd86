package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.testsupport.MovableClock;

/**
 * The daily reminder job, called directly with the clock moved: each worker is emailed what is
 * overdue and what falls due within five working days; a second run the same day sends nothing; a
 * worker who turned reminders off gets none.
 */
@QuarkusTest
class RemindersTest {

    @Inject
    Reminders reminders;

    @Inject
    MovableClock clock;

    @Inject
    MockMailbox mailbox;

    @Inject
    CasePages pages;

    @Inject
    StaffDirectory staff;

    @Inject
    EntityManager em;

    /** A higher feature's items (as the panel's actions would be), added while a test asks for them. */
    @jakarta.enterprise.context.ApplicationScoped
    static class PanelLikeSource implements ReminderSource {

        static volatile Item item;

        @Override
        public List<Item> dueBy(LocalDate horizon) {
            return item == null ? List.of() : List.of(item);
        }
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        PanelLikeSource.item = null;
    }

    /** The first Monday ten or more days ahead: the plan action added today, due in two weeks, falls in its five working days. */
    private static LocalDate aMondayAhead() {
        LocalDate day = CasePages.today().plusDays(10);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private void runOn(LocalDate day) {
        // Each test run claims its own days afresh: a day claimed by an earlier run of this test is released.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from caf_reminder_run where run_on = :d")
                .setParameter("d", day).executeUpdate());
        clock.moveTo(day.atTime(7, 0).toInstant(ZoneOffset.UTC));
    }

    private String emailOf(String username) {
        return FamilyFixtures.read(() -> staff.all()).stream().filter(s -> s.username().equals(username)).findFirst()
                .orElseThrow().email();
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void eachWorkerIsToldWhatIsDueOnceADay() {
        UUID caseId = pages.activePlan(pages.family(CasePages.NORTHGATE));
        CasePages.addAction(caseId, pages.staffId("frontline"), "Ring the school about Mondays");
        String reference = caseReference(caseId);
        LocalDate monday = aMondayAhead();
        PanelLikeSource.item = new ReminderSource.Item(pages.staffId("frontline"), "Panel action PA-7", "Send the referral form",
                monday.plusDays(1));
        mailbox.clear();
        runOn(monday);

        assertThat(reminders.sendDaily()).isPositive();
        List<Mail> mine = mailbox.getMailsSentTo(emailOf("frontline"));
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Early help: what is due this week");
            assertThat(m.getText()).contains(reference + ": A plan action you own");
            assertThat(m.getText()).contains("Panel action PA-7: Send the referral form");
            // Email is not a secure channel: the action's words and the family stay out of it.
            assertThat(m.getText()).doesNotContain("Ring the school");
        });

        int sent = mailbox.getTotalMessagesSent();
        assertThat(reminders.sendDaily()).isEqualTo(-1);
        assertThat(mailbox.getTotalMessagesSent()).isEqualTo(sent);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aWorkerWhoTurnedRemindersOffGetsNone() {
        UUID caseId = pages.activePlan(pages.family(CasePages.NORTHGATE));
        CasePages.addAction(caseId, pages.staffId("frontline"), "Home visit");
        LocalDate day = aMondayAhead().plusDays(1);
        reminders.turn(false);
        try {
            mailbox.clear();
            runOn(day);
            reminders.sendDaily();
            assertThat(mailbox.getMailsSentTo(emailOf("frontline"))).isNullOrEmpty();
        } finally {
            clock.reset();
            reminders.turn(true);
        }
        assertThat(reminders.mine()).isTrue();
    }

    private String caseReference(UUID caseId) {
        return io.restassured.RestAssured.given().get("/cases/" + caseId).then().statusCode(200).extract().asString()
                .replaceAll("(?s).*<title>\\s*Case (EH-[0-9-]+).*", "$1");
    }
}
