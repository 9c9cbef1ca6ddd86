package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo families that show who may see what, as the demo sign-ins see them. */
@QuarkusTest
class DemoRulesTest {

    @Inject
    CasePages pages;

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theSchoolNurseNeitherSeesNorIsToldOfTheFamilyThatRefusedTheNhsTrust() {
        String caseId = pages.as("manager", () -> given().get("/api/v1/cases?q=Lewis").then().statusCode(200).extract()
                .path("find { it.familyName == 'Lewis family' }.id"));
        String familyId = pages.as("manager", () -> given().get("/api/v1/cases?q=Lewis").then().extract()
                .path("find { it.familyName == 'Lewis family' }.familyId"));
        given().get("/cases/" + caseId).then().statusCode(404);
        given().get("/families/" + familyId).then().statusCode(200).body(not(containsString("Open early help case")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void familySupportSeesOnlyTheFlagOfSchoolNursingsCase() {
        String caseId = pages.as("frontline2", () -> given().get("/api/v1/cases?q=Patel").then().statusCode(200).extract()
                .path("find { it.familyName == 'Patel family' }.id"));
        String familyId = pages.as("frontline2", () -> given().get("/api/v1/cases?q=Patel").then().extract()
                .path("find { it.familyName == 'Patel family' }.familyId"));
        given().get("/cases/" + caseId).then().statusCode(403);
        given().get("/families/" + familyId).then().statusCode(200).body(containsString(
                "Open early help case held by School Nursing Southbank, lead professional Sam Okafor, contact frontline2@eastmoor.example"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theHughesFamilysConsentWasAmendedToAddTheSchool() {
        String caseId = pages.as("manager", () -> given().get("/api/v1/cases?q=Hughes").then().statusCode(200).extract()
                .path("find { it.familyName == 'Hughes family' }.id"));
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Version 2 (Amended)"))
                .body(containsString("Thornbury Primary School"))
                .body(containsString("Version 1 (Given)"));
    }
}
