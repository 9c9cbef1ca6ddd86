package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;

/**
 * Someone of another Early Intervention service whose boundary holds the family (the school nurse
 * in Southbank) knows that Family Support holds a case and whom to contact, and nothing else.
 */
@QuarkusTest
class CaseFlagPageTest {

    private static final String FLAG = "Open early help case held by Family Support Thornbury, lead professional Fran Walker, "
            + "contact frontline@eastmoor.example";

    @Inject
    CasePages pages;

    @Inject
    Thornbury thornbury;

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theFamilyPageAndTheReferralFormShowTheFlagInsteadOfTheCase() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        UUID caseId = pages.as("frontline", () -> pages.activePlan(family));
        String reference = pages.as("frontline", () -> given().get("/cases/" + caseId).then().extract().asString()
                .replaceAll("(?s).*(EH-\\d{4}-\\d{5}).*", "$1"));

        given().get("/families/" + family.id()).then().statusCode(200)
                .body(containsString(FLAG))
                .body(not(containsString(reference)))
                .body(not(containsString("/cases/" + caseId)));
        given().get("/cases/new/referral?familyId=" + family.id() + "&screen=no").then().statusCode(200)
                .body(containsString(FLAG))
                .body(not(containsString(reference)))
                .body(not(containsString("/cases/" + caseId)));
        given().get("/cases/" + caseId).then().statusCode(403)
                .body(not(containsString(reference)));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aFamilyThatRefusedTheNhsTrustShowsTheSchoolNurseNoFlag() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        String nhs = thornbury.agency("Eastmoor Community Health NHS Trust").toString();
        UUID caseId = pages.as("frontline", () -> {
            UUID id = CasePages.refer(family, "someone@school.example");
            CasePages.post("/cases/" + id + "/consent", CasePages.date(CasePages.fields("youngPersonId", "parent", "givenBy",
                    "Sam Parent", "purposes", "Assessment", "panelDiscussion", "no", "refusedAgencies", nhs), "givenOn",
                    CasePages.today())).then().statusCode(303);
            return id;
        });
        given().get("/families/" + family.id()).then().statusCode(200)
                .body(not(containsString("Open early help case")));
        given().get("/cases/" + caseId).then().statusCode(404);
    }
}
