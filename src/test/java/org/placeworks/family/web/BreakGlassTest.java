package org.placeworks.family.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.placeworks.family.FamilyFixtures.NORTHGATE;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.person;
import static org.placeworks.family.FamilyFixtures.read;
import static org.placeworks.family.FamilyFixtures.surname;
import static org.placeworks.family.FamilyFixtures.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.geography.Places;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.MovableClock;
import org.placeworks.testsupport.RenderedForm;

/**
 * Breaking glass: the school nurse (School Nursing Southbank) opens a Northgate family held by Family Support by the
 * NHS number of its child and a reason; she reads it, and its banner says until when, then the window ends and the
 * family is gone again. The data protection officer sees it flagged and reviews it; a manager of other services does not.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BreakGlassTest {

    private static final String NURSE = "frontline2";
    private static final String REASON = "The hospital rang about the child tonight and asked who the family's workers are";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager em;

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    Thornbury thornbury;

    UUID family;
    UUID kase;
    String surname = surname();
    String nhsNumber = FamilyFixtures.nhsNumber();

    /** Noon in London: the banner's time and the window's end do not depend on when the tests run. */
    Instant noon = ZonedDateTime.now(Today.LONDON).withHour(12).withMinute(0).withSecond(0).withNano(0).toInstant();

    @BeforeAll
    void setUp() {
        FamilyFixtures.useApp(root);
        family = FamilyFixtures.family("frontline", address(places, NORTHGATE + 31), surname + " family");
        FamilyFixtures.addPerson("frontline", family, with(person("Ada", surname, "2018-03-04"), "nhsNumber", nhsNumber));
        // Family Support's early help case for Ada: outside the nurse's ground like the family, opened to her with it.
        kase = actingAs.call("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), () -> referrals.refer(new ReferralCommand(
                family, Set.of(families.family(family).children().get(0).id()), "Pat Teacher", null, "pat.teacher@school.example",
                null, "Ada is often hungry at school", List.of(new NeedCommand("Food at home", HeadlineOutcome.HEALTH)),
                thornbury.service("Family Support Thornbury").id(), LocalDate.now(Today.LONDON).minusDays(3))));
    }

    @BeforeEach
    void atNoon() {
        clock.moveTo(noon);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    @Order(1)
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aReasonShorterThanASentenceIsRefusedAndNothingIsOpened() {
        RenderedForm.open("/break-glass").set("nhsNumber", nhsNumber).set("reason", "urgent").submit().then().statusCode(422)
                .body(containsString("There is a problem")).body(containsString("href=\"#reason\""))
                .body(containsString("in at least a sentence"));
        RenderedForm.open("/break-glass").set("nhsNumber", "123 456 7890").set("reason", REASON).submit().then().statusCode(422)
                .body(containsString("href=\"#nhsNumber\""));
        assertThat(grants()).isZero();
        given().get("/families/" + family).then().statusCode(404);
    }

    @Test
    @Order(2)
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aNumberNobodyHasOpensNothingAndSaysSo() {
        RenderedForm.open("/break-glass").set("nhsNumber", FamilyFixtures.nhsNumber()).set("reason", REASON).submit().then()
                .statusCode(200).body(containsString("No record matches that NHS number"));
        assertThat(grants()).isZero();
    }

    @Test
    @Order(3)
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void theFamilyIsOpenedToReadUntilTheWindowEndsThenNotAtAll() {
        given().get("/families/" + family).then().statusCode(404);
        given().get("/cases/" + kase).then().statusCode(404);
        given().get("/families?name=Ada+" + surname).then().statusCode(200).body(not(containsString("/families/" + family)));
        // The page the family search offers when it finds nothing.
        given().get("/families?name=Zzqx+" + surname()).then().statusCode(200).body(containsString("href=\"/break-glass\""));

        RenderedForm.open("/break-glass").set("nhsNumber", nhsNumber).set("reason", REASON).submit().then().statusCode(303)
                .header("Location", containsString("/families/" + family));
        given().get("/families/" + family).then().statusCode(200).body(containsString(surname + " family"))
                .body(containsString("You opened this record by breaking glass: access ends at 16:00."))
                .body(containsString("Your manager and the data protection officer can see that you did."));
        given().get("/families?name=Ada+" + surname).then().statusCode(200).body(containsString("/families/" + family));
        // The family's case is listed on its page and opens with the same banner, to read only.
        given().get("/families/" + family).then().body(containsString("/cases/" + kase));
        given().get("/cases/" + kase).then().statusCode(200).body(containsString("Ada is often hungry at school"))
                .body(containsString("You opened this record by breaking glass: access ends at 16:00."));
        given().get("/cases/" + kase + "/assessment").then().statusCode(403);
        // Read only: changing the family is refused.
        given().get("/families/" + family + "/people/new").then().statusCode(403);

        List<AuditEntryView> trail = read(() -> audit.history("family", family, 20));
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.BREAK_GLASS);
            assertThat(e.actor()).isEqualTo(NURSE);
            assertThat(e.summary()).contains(REASON);
        });
        // Every read in the window carries the break-glass purpose.
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.VIEW);
            assertThat(e.summary()).startsWith("Viewed the " + surname + " family").contains("[break-glass until").contains(REASON);
        });

        // One minute before the end it is still open; at the end, and after, the family does not exist for her.
        clock.moveTo(noon.plus(Duration.ofHours(4)).minusSeconds(60));
        given().get("/families/" + family).then().statusCode(200);
        clock.moveTo(noon.plus(Duration.ofHours(4)));
        given().get("/families/" + family).then().statusCode(404);
        given().get("/cases/" + kase).then().statusCode(404);
        clock.moveTo(noon.plus(Duration.ofHours(5)));
        given().get("/families/" + family).then().statusCode(404);
        given().get("/families?name=Ada+" + surname).then().statusCode(200).body(not(containsString("/families/" + family)));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "dpo", roles = "dpo")
    void theDataProtectionOfficerSeesItFlaggedAndReviewsIt() {
        UUID access = grantId();
        given().get("/").then().statusCode(200).body(containsString("waiting for review"));
        given().get("/break-glass-reviews").then().statusCode(200).body(containsString("id=\"access-" + access + "\""))
                .body(containsString("The hospital rang about the child tonight")).body(containsString(surname + " family"))
                .body(containsString("Not reviewed"));

        RenderedForm.open("/break-glass-reviews/" + access).set("note", " ").submit().then().statusCode(422)
                .body(containsString("href=\"#note\""));
        assertThat(reviewed(access)).isFalse();
        RenderedForm.open("/break-glass-reviews/" + access).set("note", "Confirmed with the nurse: the hospital's call is logged")
                .submit().then().statusCode(303);
        assertThat(reviewed(access)).isTrue();
        given().get("/break-glass-reviews").then().statusCode(200).body(containsString("Confirmed with the nurse"));
        assertThat(read(() -> audit.history("family", family, 20))).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("dpo");
            assertThat(e.summary()).contains("Reviewed " + NURSE + "'s break-glass access");
        });
    }

    /** The demo manager manages Family Support and Street Scene, not School Nursing: the nurse's access is not theirs to see. */
    @Test
    @Order(5)
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerOfOtherServicesDoesNotSeeIt() {
        UUID access = grantId();
        given().get("/break-glass-reviews").then().statusCode(200).body(not(containsString(access.toString())));
        given().get("/break-glass-reviews/" + access).then().statusCode(404);
    }

    /** The demo's opening: the school nurse opened the Doherty family when A&E rang; it waits for the DPO's review. */
    @Test
    @Order(6)
    @TestSecurity(user = "dpo", roles = "dpo")
    void theDemoOpeningWaitsForTheDataProtectionOfficer() {
        given().get("/break-glass-reviews").then().statusCode(200).body(containsString("Doherty family"))
                .body(containsString("A&amp;E rang at 6pm"));
    }

    private long grants() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from access_grant where record_id = ?1").setParameter(1, family).getSingleResult()).longValue());
    }

    private UUID grantId() {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from access_grant where record_id = ?1 and kind = 'BREAK_GLASS'").setParameter(1, family).getSingleResult());
    }

    private boolean reviewed(UUID access) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                "select reviewed_at is not null from access_grant where id = ?1").setParameter(1, access).getSingleResult());
    }
}
