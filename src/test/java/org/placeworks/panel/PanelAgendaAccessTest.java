package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

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

    private record Listed(UUID meeting, UUID item) {
    }

    private Listed publishedMeeting(int daysAgo, boolean publish) {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today().minusDays(daysAgo));
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Rowan family");
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
    void aManagerSeesEveryPanelsAgenda() {
        given().get(itemPage(publishedMeeting(40, true))).then().statusCode(200);
    }
}
