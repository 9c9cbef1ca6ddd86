package org.placeworks.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.MovableClock;

/**
 * The Community Trigger counter, fed by reports as they are saved: the one-month qualifying rule, the rolling
 * six-month window at its edges, per location and per victim, and one alert per crossing of the threshold,
 * emailed after commit to the intelligence officers and managers whose Community Intelligence services cover
 * the place (and to nobody else in those services).
 */
@QuarkusTest
class CommunityTriggerTest {

    @Inject
    Reports reports;

    @Inject
    CommunityTrigger trigger;

    @Inject
    Places places;

    @Inject
    MovableClock clock;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** Makes a report on {@code receivedOn} about an incident on {@code occurredOn}. */
    private ReportReceipt report(LocalDate receivedOn, LocalDate occurredOn, ReportCategory category, ReportLocation where,
            Victim victim, ReporterDetails who) {
        clock.moveTo(receivedOn.atTime(10, 0).toInstant(ZoneOffset.UTC));
        return reports.submitPublic(new NewReport(category, "Groups shouting and throwing stones at windows (CT-test)", occurredOn,
                null, where, victim, who));
    }

    private ReportReceipt asb(LocalDate receivedOn, ReportLocation where) {
        return report(receivedOn, receivedOn.minusDays(2), ReportCategory.ANTI_SOCIAL_BEHAVIOUR, where, Victim.NO, null);
    }

    private ReportLocation address(String postcode, int house) {
        return ReportLocation.address(places.searchAddresses(postcode, 10).stream()
                .filter(a -> a.line1().startsWith(house + " ")).findFirst().orElseThrow().id(), null);
    }

    private long counted(String key, LocalDate day) {
        return (Long) em.createQuery("select count(c) from CountedComplaint c where c.qualifying = true and (c.locationKey = ?1 "
                        + "or c.victimKey = ?1) and c.receivedOn > ?2 and c.receivedOn <= ?3").setParameter(1, key)
                        .setParameter(2, trigger.windowOpensAfter(day)).setParameter(3, day).getSingleResult();
    }

    private List<String> alertDays(String key) {
        return em.createQuery("select a.reachedOn from TriggerAlert a where a.subjectKey = ?1 order by a.reachedOn", LocalDate.class)
                .setParameter(1, key).getResultList().stream().map(LocalDate::toString).toList();
    }

    private static String locationKey(ReportLocation where) {
        return "address:" + where.addressId();
    }

    private List<Mail> alertsAbout(String reference) {
        return mailbox.getMailsSentTo("intel@eastmoor.example").stream().filter(m -> m.getSubject().contains(reference)).toList();
    }

    @Test
    void onlyAsbMadeWithinAMonthOfTheIncidentQualifies() {
        assertThat(trigger.qualifies(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(trigger.qualifies(ReportCategory.DRUG_DEALING, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 15))).isTrue();
        assertThat(trigger.qualifies(ReportCategory.INTIMIDATION, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 16))).isFalse();
        assertThat(trigger.qualifies(ReportCategory.ENVIRONMENTAL, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15))).isFalse();
        assertThat(trigger.qualifies(ReportCategory.NEGLECT_OR_WELFARE, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15))).isFalse();
    }

    @Test
    void aLocationReachesTheTriggerOnceAtTheEdgeOfTheRollingWindow() {
        ReportLocation where = address("TB2 4BH", 3);
        String key = locationKey(where);
        mailbox.clear();

        asb(LocalDate.of(2025, 1, 10), where);
        // Neither a late complaint (more than a month after the incident) nor another kind of report counts.
        report(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 1, 20), ReportCategory.ANTI_SOCIAL_BEHAVIOUR, where, Victim.NO, null);
        report(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), ReportCategory.ENVIRONMENTAL, where, Victim.NO, null);
        asb(LocalDate.of(2025, 7, 9), where);
        assertThat(counted(key, LocalDate.of(2025, 7, 9))).as("10 January is inside the six months up to 9 July").isEqualTo(2);
        ReportReceipt third = asb(LocalDate.of(2025, 7, 10), where);
        assertThat(counted(key, LocalDate.of(2025, 7, 10))).as("10 January has just left the window").isEqualTo(2);
        assertThat(alertDays(key)).isEmpty();
        assertThat(alertsAbout(third.reference())).isEmpty();

        ReportReceipt fourth = asb(LocalDate.of(2025, 7, 11), where);
        ReportReceipt fifth = asb(LocalDate.of(2025, 7, 14), where);

        assertThat(alertDays(key)).containsExactly("2025-07-11");
        assertThat(alertsAbout(fourth.reference())).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("Westfield").doesNotContain("Groups shouting").doesNotContain("TB2"));
        assertThat(alertsAbout(fifth.reference())).as("not on every later complaint").isEmpty();
        assertThat(mailbox.getMailsSentTo("manager@eastmoor.example")).anyMatch(m -> m.getSubject().contains(fourth.reference()));
        assertThat(mailbox.getMailsSentTo("member@eastmoor.example")).as("a police constable in a covering service is no officer")
                .noneMatch(m -> m.getSubject().contains(fourth.reference()));
    }

    @Test
    void aLocationThatFellBelowTheThresholdIsAlertedAgainWhenItReachesItAgain() {
        ReportLocation where = address("TB2 4CH", 5);
        String key = locationKey(where);
        asb(LocalDate.of(2024, 1, 8), where);
        asb(LocalDate.of(2024, 1, 9), where);
        asb(LocalDate.of(2024, 1, 10), where);
        asb(LocalDate.of(2024, 9, 2), where);
        asb(LocalDate.of(2024, 9, 3), where);
        asb(LocalDate.of(2024, 9, 4), where);

        assertThat(alertDays(key)).containsExactly("2024-01-10", "2024-09-04");
    }

    @Test
    void theSameVictimIsCountedAcrossPlacesByTheirContactDetails() {
        ReporterDetails victim = new ReporterDetails("Perpetua Winterbottom", "P.Winterbottom@example.org", null, PreferredContact.EMAIL);
        ReporterDetails sameEmailTypedDifferently = new ReporterDetails("P Winterbottom", " p.winterbottom@EXAMPLE.org ", null,
                PreferredContact.EMAIL);
        LocalDate day = LocalDate.of(2024, 5, 6);
        report(day, day, ReportCategory.INTIMIDATION, address("TB2 4DH", 2), Victim.YES, victim);
        // A witness report by the same person is not about them.
        report(day.plusDays(1), day, ReportCategory.INTIMIDATION, address("TB2 4DH", 4), Victim.NO, victim);
        report(day.plusDays(2), day.plusDays(1), ReportCategory.ANTI_SOCIAL_BEHAVIOUR, address("TB2 4DH", 6), Victim.YES,
                sameEmailTypedDifferently);
        String key = em.createQuery("select c.victimKey from CountedComplaint c where c.victimKey is not null and c.receivedOn = ?1",
                String.class).setParameter(1, day).getSingleResult();
        assertThat(key).startsWith("victim:e:").doesNotContain("winterbottom");
        assertThat(alertDays(key)).isEmpty();

        ReportReceipt third = report(day.plusDays(3), day.plusDays(3), ReportCategory.DRUG_DEALING, address("TB2 4DH", 8), Victim.YES,
                victim);

        assertThat(counted(key, day.plusDays(3))).isEqualTo(3);
        assertThat(alertDays(key)).containsExactly(day.plusDays(3).toString());
        assertThat(alertsAbout(third.reference())).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("A victim").doesNotContain("Winterbottom").doesNotContain("example.org"));
    }

    @Test
    void aVictimWithoutEmailIsMatchedByPhoneHoweverItIsWritten() {
        LocalDate day = LocalDate.of(2024, 6, 3);
        report(day, day, ReportCategory.ANTI_SOCIAL_BEHAVIOUR, ReportLocation.described("The towpath by the old lock (CT-phone)"),
                Victim.YES, new ReporterDetails(null, null, "07700 900 981", PreferredContact.PHONE));
        report(day.plusDays(1), day, ReportCategory.ANTI_SOCIAL_BEHAVIOUR, ReportLocation.described("The towpath again (CT-phone)"),
                Victim.YES, new ReporterDetails(null, null, "+447700900981", PreferredContact.PHONE));

        List<String> keys = em.createQuery("select c.victimKey from CountedComplaint c where c.receivedOn in ?1 and c.locationKey is null "
                + "and c.victimKey like 'victim:p:%'", String.class).setParameter(1, List.of(day, day.plusDays(1))).getResultList();
        assertThat(keys).hasSize(2).containsOnly(keys.get(0));
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void theListShowsLocationsOneShortAndAtTheThreshold() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportLocation where = address("TB2 4AH", 9);
        clock.reset();
        reports.submitPublic(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Fireworks thrown at the bus shelter (CT-list)",
                today.minusDays(1), null, where, Victim.NO, null));
        assertThat(trigger.nearOrAtThreshold()).noneMatch(s -> s.key().equals(locationKey(where)));
        reports.submitPublic(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Fireworks again (CT-list)", today.minusDays(1), null,
                where, Victim.NO, null));

        TriggerSubjectView shown = trigger.nearOrAtThreshold().stream().filter(s -> s.key().equals(locationKey(where))).findFirst()
                .orElseThrow();
        assertThat(shown.count()).isEqualTo(2);
        assertThat(shown.reached()).isFalse();
        assertThat(shown.references()).hasSize(2);
        assertThat(shown.place()).startsWith("9 ");
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void aManagerSeesTheAreaAndTheCountButNoReport() {
        ReportLocation where = address("TB2 4AH", 10);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < 3; i++) {
            reports.submitPublic(new NewReport(ReportCategory.DRUG_DEALING, "Dealing from the flats' car park (CT-manager)",
                    today.minusDays(1), null, where, Victim.NO, null));
        }

        TriggerSubjectView shown = trigger.nearOrAtThreshold().stream().filter(s -> s.key().equals(locationKey(where))).findFirst()
                .orElseThrow();
        assertThat(shown.reached()).isTrue();
        assertThat(shown.place()).isEqualTo("Westfield");
        assertThat(shown.references()).isEmpty();
    }
}
