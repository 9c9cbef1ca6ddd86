package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.placeworks.caf.web.CasePages.fields;
import static org.placeworks.caf.web.CasePages.post;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The request for support: the safeguarding screen first, then the referral; and step down. */
@QuarkusTest
class CaseRequestPageTest {

    @Inject
    CasePages pages;

    private static String referralPage(CasePages.Family f) {
        return "/cases/new/referral?familyId=" + f.id() + "&screen=no";
    }

    private static String referralAction(CasePages.Family f) {
        return "/cases/new/referral?familyId=" + f.id();
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aChildAtRiskSendsTheWorkerToSocialCareAndRecordsNoCase() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        post("/cases/new?familyId=" + family.id(), fields("atRisk", "yes")).then().statusCode(200)
                .body(containsString("Contact children's social care now"))
                .body(containsString("MASH"))
                .body(containsString("No request for support has been recorded"));
        given().get("/cases?status=AWAITING_CONSENT").then().body(not(containsString(family.name())));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theScreenMustBeAnswered() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        post("/cases/new?familyId=" + family.id(), fields()).then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#atRisk\""));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aReferralWithoutTheScreenAnsweredNoIsRefused() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        Map<String, Object> referral = CasePages.referral(family, "x@school.example");
        referral.put("screen", "");
        post(referralPage(family), referralAction(family), referral).then().statusCode(422)
                .body(containsString("Answer the safeguarding question"));
        referral.put("screen", "yes");
        post(referralPage(family), referralAction(family), referral).then().statusCode(200)
                .body(containsString("Contact children's social care now"));
        given().get("/cases?status=AWAITING_CONSENT").then().body(not(containsString(family.name())));
        // Opening the referral form without the screen goes back to it.
        given().redirects().follow(false).get("/cases/new/referral?familyId=" + family.id()).then().statusCode(303)
                .header("Location", containsString("/cases/new?familyId=" + family.id()));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aReferralOpensACaseAndASecondOneIsWarnedOfTheFirst() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        given().get(referralPage(family)).then().statusCode(200)
                .body(containsString("Ruby " + family.name()))
                .body(containsString("value=\"Fran Walker\""))
                .body(containsString("Family Support Thornbury"))
                .body(not(containsString("open-cases")));
        UUID caseId = CasePages.refer(family, "x@school.example");
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("School attendance"))
                .body(containsString("Getting a good education"));
        given().get(referralPage(family)).then().statusCode(200)
                .body(containsString("id=\"open-cases\""))
                .body(containsString("href=\"/cases/" + caseId + "\""));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void badReferralInputIsShownAgainstEachFieldAndNothingSaved() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        Map<String, Object> referral = fields("screen", "no", "referrerName", "", "referrerEmail", "", "reason", "",
                "needDescription", List.of("", "Rent arrears", ""), "needHeadline", List.of("", "", ""));
        post(referralPage(family), referralAction(family), referral).then().statusCode(422)
                .body(containsString("href=\"#childIds\""))
                .body(containsString("href=\"#referrerName\""))
                .body(containsString("href=\"#referrerEmail\""))
                .body(containsString("href=\"#reason\""))
                .body(containsString("href=\"#needs[1].headline\""))
                .body(containsString("id=\"needs[1].headline\""))
                .body(containsString("value=\"Rent arrears\""));
        given().get(referralPage(family)).then().body(not(containsString("open-cases")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anOwnerThatDoesNotCoverTheAddressIsRefused() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        String schoolNursing = given().get("/cases/new/referral?familyId=" + pages.family(CasePages.SOUTHBANK).id() + "&screen=no")
                .then().extract().asString()
                .replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">School Nursing Southbank</option>.*", "$1");
        Map<String, Object> referral = CasePages.referral(family, "x@school.example");
        referral.put("owningServiceId", schoolNursing);
        post(referralPage(family), referralAction(family), referral).then().statusCode(422)
                .body(containsString("href=\"#owningServiceId\""));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aCaseSteppedDownHasItsLeadProfessionalFromTheStart() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        String page = "/cases/step-down?familyId=" + family.id();
        Map<String, Object> stepDown = CasePages.referral(family, "sw@socialcare.example");
        stepDown.remove("screen");
        post(page, stepDown).then().statusCode(422).body(containsString("href=\"#leadProfessionalId\""));
        stepDown.put("leadProfessionalId", pages.staffId("chair").toString());
        String location = post(page, stepDown).then().statusCode(303).extract().header("Location");
        given().get(location).then().statusCode(200)
                .body(containsString("Stepped down from children's social care"))
                .body(containsString("Chris Hale"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aFamilyOutsideTheWorkersBoundaryIsNotFound() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        given().get("/cases/new?familyId=" + family.id()).then().statusCode(404);
        given().get("/cases/step-down?familyId=" + family.id()).then().statusCode(404);
        given().get(referralPage(family)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerIsRefused() {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        given().get("/cases/new?familyId=" + family.id()).then().statusCode(403);
        given().get(referralPage(family)).then().statusCode(403);
        given().get("/cases/step-down?familyId=" + family.id()).then().statusCode(403);
    }
}
