package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "My cases" and, for managers and panel chairs, every case in their area. */
@QuarkusTest
class CaseListPageTest {

    @Inject
    CasePages pages;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void myCasesShowTheCasesIReferredWithWhereTheyAreAndWhatIsDue() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID caseId = CasePages.refer(family, "x@school.example");
        given().get("/cases?q=" + family.name()).then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">My cases</h1>"))
                .body(containsString("href=\"/cases/" + caseId + "\""))
                .body(containsString(family.name() + " family"))
                .body(containsString("Market Place"))
                .body(containsString("Awaiting consent"))
                .body(containsString("Get the family&#39;s consent"))
                .body(not(containsString("All cases in my area")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theListFiltersByWhereTheCaseIs() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID caseId = CasePages.refer(family, "x@school.example");
        given().get("/cases?status=AWAITING_CONSENT&q=" + family.name()).then().statusCode(200)
                .body(containsString("href=\"/cases/" + caseId + "\""))
                .body(containsString("<option value=\"AWAITING_CONSENT\" selected>"));
        given().get("/cases?status=ACTIVE_PLAN&q=" + family.name()).then().statusCode(200)
                .body(not(containsString("href=\"/cases/" + caseId + "\"")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerSeesEveryCaseInTheAreaOverdueFirstInRed() {
        String page = given().get("/cases?scope=all").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">All cases in my area</h1>"))
                .body(containsString("<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>"))
                .extract().asString();
        // The first row of the table is an overdue case.
        String firstRow = page.substring(page.indexOf("<tbody"), page.indexOf("</tr>", page.indexOf("<tbody")));
        org.assertj.core.api.Assertions.assertThat(firstRow).contains("Overdue");
        given().get("/cases").then().statusCode(200).body(containsString("All cases in my area"));
    }

    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void aPanelChairHasTheAllCasesToggleToo() {
        given().get("/cases?scope=all").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">All cases in my area</h1>"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aWorkerWithoutTheToggleSeesOnlyTheirOwnAndNothingOutsideTheirBoundary() {
        UUID northgate = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example"));
        given().get("/cases?scope=all").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">My cases</h1>"))
                .body(not(containsString(northgate.toString())));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerIsRefused() {
        given().get("/cases").then().statusCode(403);
    }
}
