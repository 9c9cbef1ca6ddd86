package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.testsupport.RenderedForm;

/**
 * Case recording through the rendered forms, as the family support worker (frontline): goals per
 * need at the assessment, needs about one of several children, Team Around the Family meetings and
 * re-assessment; each read back on the case page, with bad input, stale forms and other staff refused.
 */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class CaseRecordingPageTest {

    @Inject
    CasePages pages;

    private static RenderedForm dated(RenderedForm form, String name, LocalDate on) {
        return form.date(name, on.getDayOfMonth(), on.getMonthValue(), on.getYear());
    }

    @Test
    void theAssessmentSetsAGoalForEachNeedWhichTheReviewScoresAgainst() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID caseId = CasePages.refer(family, "someone@school.example");
        CasePages.consent(caseId);
        String need = CasePages.needIds(caseId).get(0);

        RenderedForm form = RenderedForm.open("/cases/" + caseId + "/assessment").set("strengths-HEALTH", "Healthy and active")
                .set("score-" + need, "4").set("goal-" + need, "Ruby gets to school every day, on time").press("complete", "true");
        String page = form.submit().then().statusCode(422).extract().asString();
        assertThat(page).contains("govuk-error-summary", "href=\"#measure-" + need + "\"", "will be measured");
        given().get("/cases/" + caseId).then().body(containsString("No goal set"), not(containsString("every day, on time")));

        form.set("measure-" + need, "The school's register, checked each half term").submit().then().statusCode(303);
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Ruby gets to school every day, on time"), containsString("Measured by: The school&#39;s register"),
                        containsString("Re-assessment due by"));
        given().get("/cases/" + caseId + "/reviews/new").then().statusCode(200)
                .body(containsString("Goal: Ruby gets to school every day, on time"));
        assertThat(RenderedForm.open("/cases/" + caseId + "/assessment").value("goal-" + need))
                .as("the form opens with the goal set").isEqualTo("Ruby gets to school every day, on time");
    }

    @Test
    void aNeedIsAboutOneOfTheCasesChildren() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID younger = FamilyFixtures.addPerson("frontline", family.id(), FamilyFixtures.person("Wren", family.name(),
                CasePages.today().minusYears(3).minusDays(17).toString()));
        Map<String, Object> referral = CasePages.referral(family, "someone@school.example");
        referral.put("childIds", List.of(family.childId().toString(), younger.toString()));
        String location = CasePages.post("/cases/new/referral?familyId=" + family.id() + "&screen=no",
                "/cases/new/referral?familyId=" + family.id(), referral).then().statusCode(303).extract().header("Location");
        UUID caseId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        CasePages.consent(caseId);
        String need = CasePages.needIds(caseId).get(0);

        RenderedForm form = RenderedForm.open("/cases/" + caseId + "/assessment");
        assertThat(form.options("child-" + need)).contains(family.childId().toString(), younger.toString());
        form.set("child-" + need, younger.toString()).set("newNeedDescription", "Speech and language").set("newNeedHeadline", "EARLY_YEARS")
                .set("newNeedChild", younger.toString()).submit().then().statusCode(303);
        given().get("/cases/" + caseId).then().body(containsString("For Wren " + family.name()));
        assertThat(RenderedForm.open("/cases/" + caseId + "/assessment").value("child-" + need)).isEqualTo(younger.toString());
    }

    @Test
    void aTafMeetingIsRecordedWithItsActionsAndAFutureOrStaleOneIsRefused() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        UUID caseId = pages.activePlan(family);
        UUID me = pages.staffId("frontline");
        String need = CasePages.needIds(caseId).get(0);
        String page = "/cases/" + caseId + "/taf-meetings/new";
        RenderedForm stale = RenderedForm.open(page);

        RenderedForm form = dated(RenderedForm.open(page), "heldOn", CasePages.today().plusDays(1)).tick("staff", me.toString())
                .tick("familyMembers", family.childId().toString()).set("agreed", "Breakfast club place from Monday")
                .set("actions[0].description", "Book the breakfast club").set("actions[0].needId", need)
                .set("actions[0].ownerStaffId", me.toString());
        dated(form, "actions[0].dueOn", CasePages.today().plusWeeks(1));
        assertThat(form.submit().then().statusCode(422).extract().asString())
                .contains("govuk-error-summary", "href=\"#heldOn\"", "must be today or in the past");
        given().get("/cases/" + caseId).then().body(not(containsString("Breakfast club place from Monday")));

        dated(form, "heldOn", CasePages.today()).submit().then().statusCode(303);
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Team Around the Family meetings"), containsString("Breakfast club place from Monday"),
                        containsString("Ruby " + family.name()), containsString("Book the breakfast club"),
                        containsString("Team Around the Family meeting on"));

        dated(stale, "heldOn", CasePages.today()).tick("staff", me.toString()).set("agreed", "Overwrites nothing")
                .submit().then().statusCode(409).body(containsString("This case was changed by someone else"),
                        containsString("Record a Team Around the Family meeting"));
        given().get("/cases/" + caseId).then().body(not(containsString("Overwrites nothing")));

        // The school nurse knows only that the case exists: she may not record its meetings.
        pages.as("frontline2", () -> given().get(page).then().statusCode(403));
    }

    @Test
    void aReassessmentKeepsTheEarlierAssessmentAndAStaleOneIsRefused() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID caseId = pages.activePlan(family);
        String need = CasePages.needIds(caseId).get(0);
        String page = "/cases/" + caseId + "/reassessment";
        RenderedForm stale = RenderedForm.open(page);
        RenderedForm form = RenderedForm.open(page);
        assertThat(form.value("strengths-HEALTH")).as("opens with the assessment in force").isEqualTo("Healthy and active");

        form.set("strengths-HEALTH", "Sleeping through the night").submit().then().statusCode(422)
                .body(containsString("href=\"#score-" + need + "\""));
        form.set("score-" + need, "8").submit().then().statusCode(303);
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Earlier assessments"), containsString("Scores then: School attendance 4"),
                        containsString("Sleeping through the night"));
        stale.set("score-" + need, "2").submit().then().statusCode(409).body(containsString("This case was changed by someone else"));

        // Outside her boundary the school nurse is not told the case exists.
        pages.as("frontline2", () -> given().get(page).then().statusCode(404));
    }
}
