package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The case page: where the case is, what is due, its sections, timeline and, for those allowed, its history. */
@QuarkusTest
class CaseShowPageTest {

    @Inject
    CasePages pages;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theCasePageShowsTheFamilyWhatIsDueTheTaskListAndTheHistory() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID caseId = CasePages.refer(family, "x@school.example");
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("EH-"))
                .body(containsString("id=\"case-status\">Awaiting consent"))
                .body(containsString("href=\"/families/" + family.id() + "\""))
                .body(containsString("Ruby " + family.name()))
                .body(containsString("Family Support Thornbury"))
                .body(containsString("govuk-task-list"))
                .body(containsString("Cannot start yet"))
                .body(containsString("href=\"/cases/" + caseId + "/consent\""))
                .body(not(containsString("href=\"/cases/" + caseId + "/assessment\"")))
                .body(containsString("id=\"history\""))
                .body(containsString("Viewed case"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aTeamMemberSeesTheCaseButNotItsHistoryNorTheFormsOfTheOwningService() {
        UUID caseId = pages.as("frontline", () -> {
            UUID id = pages.activePlan(pages.family(CasePages.NORTHGATE));
            CasePages.addToTeam(id, pages.staffId("frontline2"));
            return id;
        });
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("You can see this case because you are on its Team Around the Family"))
                .body(not(containsString("id=\"history\"")))
                .body(not(containsString("/actions/new")))
                .body(not(containsString("/close\"")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerSeesTheHistory() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.SOUTHBANK), "x@school.example"));
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("id=\"history\""))
                .body(containsString("Request for support received"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aCaseOutsideTheBoundaryIsNotFound() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example"));
        given().get("/cases/" + caseId).then().statusCode(404);
        given().get("/cases/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerIsRefused() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.SOUTHBANK), "x@school.example"));
        given().get("/cases/" + caseId).then().statusCode(403);
    }
}
