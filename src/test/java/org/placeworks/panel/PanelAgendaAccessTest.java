package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;

/**
 * Members read their panel's agenda items from publication until 28 days after the meeting, and
 * no longer; anyone else, and any other time, gets 404. Each read is audited.
 */
@QuarkusTest
class PanelAgendaAccessTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    AuditTrail audit;

    @Inject
    Meetings meetings;

    @Inject
    org.placeworks.organisation.Thornbury thornbury;

    private record Listed(UUID meeting, UUID item) {
    }

    private static final java.util.Set<String> ALLOWED = java.util.Set.of("Eastmoor District Council",
            "Eastmoor Community Health NHS Trust");

    private Listed publishedMeeting(int daysAgo, boolean publish) {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today().minusDays(daysAgo));
        UUID item = fixtures.listItem(meeting, fixtures.consentedCase("Rowan family", ALLOWED, java.util.Set.of("Eastmoor Homes")),
                "Rowan family");
        if (publish) {
            fixtures.publish(meeting);
        }
        return new Listed(meeting, item);
    }

    private static String itemPage(Listed l) {
        return "/panel/meetings/" + l.meeting() + "/items/" + l.item();
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "panel-member")
    void aMemberReadsAPublishedItemAndTheReadIsAudited() {
        Listed l = publishedMeeting(0, true);
        given().get(itemPage(l)).then().statusCode(200)
                .body(containsString("Rowan family")).body(containsString("7, 3"))
                .body(containsString("Getting a good education")).body(containsString("Attendance has fallen"));
        given().get("/panel/meetings/" + l.meeting()).then().statusCode(200).body(containsString("Rowan family"));
        assertThat(audit.history("panel-item", l.item(), 10))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.VIEW);
                    assertThat(e.actor()).isEqualTo("frontline2");
                });
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "panel-member")
    void aMemberStillReadsItTwentyEightDaysAfterTheMeeting() {
        given().get(itemPage(publishedMeeting(28, true))).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "panel-member")
    void aMemberCannotReadItTwentyNineDaysAfterTheMeeting() {
        Listed l = publishedMeeting(29, true);
        given().get(itemPage(l)).then().statusCode(404);
        given().get("/panel/meetings/" + l.meeting()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "panel-member")
    void aMemberCannotReadTheAgendaBeforeItIsPublished() {
        given().get(itemPage(publishedMeeting(0, false))).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "intel", roles = "panel-member")
    void aPanelMemberWhoDoesNotSitOnThisPanelGetsNotFound() {
        Listed l = publishedMeeting(0, true);
        given().get(itemPage(l)).then().statusCode(404);
        given().get("/panel/meetings/" + l.meeting()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void withoutAPanelRoleTheAgendaIsForbidden() {
        given().get(itemPage(publishedMeeting(0, true))).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerSeesTheAgendaOfAPanelInTheirBoundary() {
        given().get(itemPage(publishedMeeting(40, true))).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "manager")
    void aManagerOfAnotherBoundaryDoesNotKnowThePanelExists() {
        Listed l = publishedMeeting(0, true);
        given().get(itemPage(l)).then().statusCode(404);
        given().get("/panel/meetings/" + l.meeting()).then().statusCode(404);
        given().get("/api/v1/meetings/" + l.meeting() + "/agenda").then().statusCode(404);
        given().get("/panel").then().statusCode(200).body(not(containsString("Eastbrook Panel")));
    }

    @Test
    @TestSecurity(user = "estate", roles = "panel-member")
    void aMemberOfAnAgencyTheFamilyRefusedIsNotShownTheItem() {
        Listed l = publishedMeeting(0, true);
        given().get(itemPage(l)).then().statusCode(404);
        given().get("/panel/meetings/" + l.meeting()).then().statusCode(200)
                .body(not(containsString("Rowan family")))
                .body(containsString("Item 1 is not shown: the family has not agreed to share it with Eastmoor Homes."));
        given().get("/api/v1/meetings/" + l.meeting() + "/agenda").then().statusCode(200)
                .body("items", hasSize(0)).body("withheld[0]", containsString("Item 1 is not shown"));
    }

    @Test
    @TestSecurity(user = "estate", roles = "panel-member")
    void theMinutesAMemberOfARefusedAgencyReadsOmitTheItemAndSaySo() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID refused = fixtures.listItem(meeting, fixtures.consentedCase("Rowan family", ALLOWED,
                java.util.Set.of("Eastmoor Homes")), "Rowan family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        fixtures.chair(() -> meetings.addAction(meeting, refused, new ActionCommand("Housing check for the Rowan family",
                thornbury.member("estate").id(), fixtures.today().plusDays(5))));
        fixtures.close(meeting);
        given().get("/panel/meetings/" + meeting + "/minutes").then().statusCode(200)
                .body(not(containsString("Rowan family")))
                .body(containsString("Item 1 is not shown: the family has not agreed to share it with Eastmoor Homes."));
        // Their own action stands, but does not name the family either.
        given().get("/api/v1/panel-actions?mine=true").then().statusCode(200)
                .body("find { it.description == 'Housing check for the Rowan family' }.familyName", org.hamcrest.Matchers.equalTo(""))
                .body("find { it.description == 'Housing check for the Rowan family' }.caseReference",
                        containsString("Not shown: the family has not agreed to share it with Eastmoor Homes"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "panel-member")
    void aMemberOfAnAgencyTheFamilyNeitherAllowedNorRefusedIsNotShownTheItem() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID silent = fixtures.consentedCase("Birch family", java.util.Set.of("Eastmoor Homes"), java.util.Set.of());
        UUID allowed = fixtures.consentedCase("Alder family", java.util.Set.of("Eastmoor District Council"), java.util.Set.of());
        fixtures.listItem(meeting, silent, "Birch family");
        fixtures.listItem(meeting, allowed, "Alder family");
        fixtures.publish(meeting);
        given().get("/panel/meetings/" + meeting).then().statusCode(200)
                .body(not(containsString("Birch family"))).body(containsString("Alder family"))
                .body(containsString("Item 1 is not shown: the family has not agreed to share it with Eastmoor District Council."));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theChairSeesEveryItemWhateverTheFamilyAgreed() {
        Listed l = publishedMeeting(0, true);
        given().get(itemPage(l)).then().statusCode(200).body(containsString("Rowan family"));
        given().get("/panel/meetings/" + l.meeting()).then().statusCode(200).body(containsString("Rowan family"))
                .body(not(containsString("is not shown")));
    }
}
