package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/**
 * A panel can skip months (August, say), set on its settings page: the month's empty meetings leave the
 * diary, and meetings are never put on a bank holiday.
 */
@QuarkusTest
class PanelMonthsPageTest {

    @Inject
    PanelFixtures fixtures;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theManagerSkipsAugustOnTheSettingsPageAndItsMeetingLeavesTheDiary() {
        PanelView panel = fixtures.panel();
        String page = "/panel/" + panel.id() + "/months";
        given().get("/panel/" + panel.id()).then().statusCode(200).body(containsString("href=\"" + page + "\""));
        assertThat(meetingMonths(panel)).contains(Month.AUGUST);

        RenderedForm.open(page, page).tick("months", "AUGUST").submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("first Wednesday of every month except August"))
                .body(containsString("value=\"AUGUST\" checked"));
        assertThat(meetingMonths(panel)).doesNotContain(Month.AUGUST).hasSizeGreaterThanOrEqualTo(10);

        // A form opened before that change is refused and shown again.
        Forms.from(page).formParam("months", "DECEMBER").formParam("version", String.valueOf(panel.version()))
                .post(page).then().statusCode(409).body(containsString("This panel was changed by someone else"));
        // Every month ticked is refused.
        RenderedForm form = RenderedForm.open(page, page);
        for (Month m : Month.values()) {
            form.tick("months", m.name());
        }
        form.submit().then().statusCode(422).body(containsString("The panel must meet in at least one month"));

        // The API says the same, and meeting in August again brings its meeting back.
        given().get("/api/v1/panels/" + panel.id() + "/months").then().statusCode(200).body("skipped", equalTo(List.of("AUGUST")));
        long version = given().get("/api/v1/panels/" + panel.id() + "/months").then().extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("months", List.of(), "version", version))
                .put("/api/v1/panels/" + panel.id() + "/months").then().statusCode(200).body("skipped", equalTo(List.of()));
        assertThat(meetingMonths(panel)).contains(Month.AUGUST);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void noMeetingIsScheduledOnABankHoliday() {
        PanelView panel = fixtures.panel();
        List<LocalDate> dates = dates(panel);
        org.placeworks.shared.BankHolidays calendar = new org.placeworks.shared.BankHolidays(List.of());
        assertThat(dates).isNotEmpty().allMatch(calendar::isWorkingDay);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member"})
    void theChairCannotSetTheMonths() {
        PanelView panel = fixtures.panel();
        String page = "/panel/" + panel.id() + "/months";
        given().get(page).then().statusCode(403);
        Forms.forged("/panel/" + panel.id()).formParam("months", "AUGUST").formParam("version", "0").post(page).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("months", List.of("AUGUST"), "version", 0))
                .put("/api/v1/panels/" + panel.id() + "/months").then().statusCode(403);
        given().get("/panel/" + panel.id()).then().statusCode(200).body(not(containsString("href=\"" + page + "\"")));
    }

    private List<Month> meetingMonths(PanelView panel) {
        return dates(panel).stream().map(LocalDate::getMonth).toList();
    }

    private List<LocalDate> dates(PanelView panel) {
        return given().get("/api/v1/panels/" + panel.id() + "/months").then().statusCode(200)
                .extract().jsonPath().getList("nextMeetings", String.class).stream().map(LocalDate::parse).toList();
    }
}
