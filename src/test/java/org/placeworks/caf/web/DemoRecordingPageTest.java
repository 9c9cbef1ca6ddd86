package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo shows case recording: the Ellis family's goals per child's need, their TAF meeting, and a review scored against the goals. */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class DemoRecordingPageTest {

    @Inject
    CasePages pages;

    @Test
    void theEllisFamilysCaseShowsGoalsAMeetingAndAScoredReview() {
        String caseId = given().get("/api/v1/cases?q=Ellis").then().statusCode(200).extract()
                .path("find { it.familyName == 'Ellis family' }.id");
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("For Poppy Ellis"), containsString("Jack stays in class and tells an adult when he is upset"),
                        containsString("Team Around the Family meetings"), containsString("Daily check-in with the learning mentor"),
                        containsString("Review on"), containsString("Speech and language therapist&#39;s check at 3 months"));
        given().get("/api/v1/cases/" + caseId + "/taf-meetings").then().statusCode(200)
                .body("[0].actions.size()", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void jackEllisHasAnAssessmentOfHisOwnAndPoppyCanBeAssessed() {
        String caseId = given().get("/api/v1/cases?q=Ellis").then().statusCode(200).extract()
                .path("find { it.familyName == 'Ellis family' }.id");
        String page = given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Assessments of each child"), containsString("Jack Ellis, assessed"),
                        containsString("Football makes me feel better"), containsString("Assess again Jack Ellis"),
                        containsString("Assess Poppy Ellis")).extract().asString();
        String jack = page.replaceAll("(?s).*href=\"/cases/" + caseId + "/children/([0-9a-f-]{36})/assessment\">Assess again Jack.*", "$1");
        given().get("/api/v1/cases/" + caseId + "/children/" + jack + "/assessments").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1), "[0].needs[0].description", org.hamcrest.Matchers.equalTo("Jack's anger at school"),
                        "[0].needs[0].currentScore", org.hamcrest.Matchers.equalTo(5));
    }
}
