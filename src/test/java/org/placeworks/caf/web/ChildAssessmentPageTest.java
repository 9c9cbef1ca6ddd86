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
 * An assessment of one child of a case for several children, through the rendered form, as the
 * family support worker (frontline): the child's needs and scores shown from the family assessment,
 * bad input named, a stale form refused, redoing it keeping the earlier one, and refusals for a
 * person who is not a child of the case, a case without consent, one about one child, and other staff.
 */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class ChildAssessmentPageTest {

    @Inject
    CasePages pages;

    /** A case about Ruby and her younger brother Caspian, with the family's consent; the need is Caspian's. */
    record TwoChildren(UUID caseId, CasePages.Family family, UUID younger) {
    }

    private TwoChildren twoChildren(long uprn, boolean consent) {
        CasePages.Family family = pages.family(uprn);
        UUID younger = FamilyFixtures.addPerson("frontline", family.id(), FamilyFixtures.person("Caspian", family.name(),
                FamilyFixtures.distinctBirthday(CasePages.today().minusYears(5).minusDays(500), 300)));
        Map<String, Object> referral = CasePages.referral(family, "someone@school.example");
        referral.put("childIds", List.of(family.childId().toString(), younger.toString()));
        String location = CasePages.post("/cases/new/referral?familyId=" + family.id() + "&screen=no",
                "/cases/new/referral?familyId=" + family.id(), referral).then().statusCode(303).extract().header("Location");
        UUID caseId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        if (consent) {
            CasePages.consent(caseId);
            String need = CasePages.needIds(caseId).get(0);
            RenderedForm.open("/cases/" + caseId + "/assessment").set("child-" + need, younger.toString())
                    .set("score-" + need, "3").submit().then().statusCode(303);
        }
        return new TwoChildren(caseId, family, younger);
    }

    private static RenderedForm dated(RenderedForm form, LocalDate on) {
        return form.date("completedOn", on.getDayOfMonth(), on.getMonthValue(), on.getYear());
    }

    @Test
    void aChildIsAssessedOnTheirOwnWithTheirNeedsScoredOnTheFamilysAssessment() {
        TwoChildren t = twoChildren(CasePages.SOUTHBANK, true);
        String page = "/cases/" + t.caseId() + "/children/" + t.younger() + "/assessment";
        given().get("/cases/" + t.caseId()).then().statusCode(200)
                .body(containsString("Assessments of each child"), containsString("No child has an assessment of their own yet"),
                        containsString("href=\"" + page + "\""));

        RenderedForm stale = RenderedForm.open(page);
        RenderedForm form = RenderedForm.open(page);
        assertThat(given().get(page).asString()).as("the child's need and its score, from the family's assessment")
                .contains("School attendance", "Score at the first assessment: 3");
        assertThat(form.fields()).as("no score is asked again").noneMatch(f -> f.startsWith("score-"));

        // Nothing written: the summary links to the findings.
        form.submit().then().statusCode(422).body(containsString("govuk-error-summary"), containsString("href=\"#findings\""),
                containsString("at least one element"));
        // A date in the future is named.
        dated(form.set("needs-EMOTIONAL_SOCIAL", "Wakes at night with bad dreams").set("childsVoice", "Caspian draws his family"),
                CasePages.today().plusDays(1)).submit().then().statusCode(422)
                .body(containsString("href=\"#completedOn\""), containsString("must be today or in the past"));
        given().get("/cases/" + t.caseId()).then().body(not(containsString("Wakes at night with bad dreams")));

        dated(form, CasePages.today()).submit().then().statusCode(303);
        given().get("/cases/" + t.caseId()).then().statusCode(200)
                .body(containsString("Caspian " + t.family().name() + ", assessed"), containsString("Wakes at night with bad dreams"),
                        containsString("Caspian draws his family"), containsString("School attendance 3"),
                        containsString("Assess again Caspian"));

        // A form opened before that save is stale: refused, and shown again.
        stale.set("needs-HEALTH", "Overwrites nothing").submit().then().statusCode(409)
                .body(containsString("This case was changed by someone else"), containsString("Assess Caspian"));
        given().get("/cases/" + t.caseId()).then().body(not(containsString("Overwrites nothing")));

        // Done again: the form opens with the one in force, which is kept as history.
        RenderedForm again = RenderedForm.open(page);
        assertThat(again.value("needs-EMOTIONAL_SOCIAL")).isEqualTo("Wakes at night with bad dreams");
        again.set("needs-EMOTIONAL_SOCIAL", "Sleeping better since the bedtime routine").submit().then().statusCode(303);
        given().get("/cases/" + t.caseId()).then()
                .body(containsString("Sleeping better since the bedtime routine"), containsString("Earlier assessment of Caspian"),
                        containsString("Wakes at night with bad dreams"), containsString("Replaced on"));
    }

    @Test
    void onlyAChildOfAConsentedCaseForSeveralChildrenIsAssessed() {
        TwoChildren t = twoChildren(CasePages.SOUTHBANK, true);
        String parent = given().get("/api/v1/families/" + t.family().id()).then().statusCode(200).extract()
                .path("people.find { it.givenName == 'Sam' }.id");
        given().get("/cases/" + t.caseId() + "/children/" + parent + "/assessment").then().statusCode(404);

        TwoChildren waiting = twoChildren(CasePages.SOUTHBANK, false);
        given().get("/cases/" + waiting.caseId() + "/children/" + waiting.younger() + "/assessment").then().statusCode(409);
        given().get("/cases/" + waiting.caseId()).then().body(not(containsString("/children/" + waiting.younger() + "/assessment")));

        CasePages.Family one = pages.family(CasePages.SOUTHBANK);
        UUID single = CasePages.refer(one, "someone@school.example");
        CasePages.consent(single);
        given().get("/cases/" + single + "/children/" + one.childId() + "/assessment").then().statusCode(409);
        given().get("/cases/" + single).then().body(not(containsString("Assessments of each child")));
    }

    @Test
    void theSchoolNurseMayNotAssessAChild() {
        // In Riverside she knows the case exists, and may not change it.
        TwoChildren known = twoChildren(CasePages.SOUTHBANK, true);
        String page = "/cases/" + known.caseId() + "/children/" + known.younger() + "/assessment";
        var forged = org.placeworks.testsupport.Forms.forged(page).formParam("needs-HEALTH", "Not hers to write")
                .formParam("version", String.valueOf(CasePages.version(known.caseId(), "/children/" + known.younger() + "/assessment")));
        pages.as("frontline2", () -> {
            given().get(page).then().statusCode(403);
            forged.post(page).then().statusCode(403);
        });
        given().get("/cases/" + known.caseId()).then().body(not(containsString("Not hers to write")));
        // Outside her boundary she is not told the case exists.
        TwoChildren hidden = twoChildren(CasePages.NORTHGATE, true);
        pages.as("frontline2", () -> given().get("/cases/" + hidden.caseId() + "/children/" + hidden.younger() + "/assessment")
                .then().statusCode(404));
    }
}
