package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.RenderedForm;

/** Offering a case to another service and answering the offer, through the pages as rendered, with the refusals. */
@QuarkusTest
class TransferPageTest {

    @Inject
    CasePages pages;

    @Inject
    Thornbury thornbury;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aCaseIsOfferedWithAReasonAndTheReceivingServiceAcceptsItFromItsList() {
        UUID caseId = CasePages.refer(pages.family(CasePages.SOUTHBANK), "x@school.example");
        String schoolNursing = FamilyFixtures.read(() -> thornbury.service("School Nursing Southbank")).id().toString();
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("href=\"/cases/" + caseId + "/transfer\""));

        RenderedForm offer = RenderedForm.open("/cases/" + caseId + "/transfer");
        assertThat(offer.options("toServiceId")).containsExactly("", schoolNursing);
        offer.set("toServiceId", schoolNursing).submit().then().statusCode(422).body(containsString("href=\"#reason\""));
        RenderedForm.open("/cases/" + caseId + "/transfer").set("toServiceId", schoolNursing)
                .set("reason", "The school nurse leads on the child's health needs").submit().then().statusCode(303);
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("Offered to School Nursing Southbank"))
                .body(not(containsString("href=\"/cases/" + caseId + "/transfer\"")));

        pages.as("frontline2", () -> {
            given().get("/cases/transfers").then().statusCode(200).body(containsString("href=\"/cases/" + caseId + "/transfer/decision\""))
                    .body(containsString("The school nurse leads on the child"));
            given().get("/cases/" + caseId).then().statusCode(200)
                    .body(containsString("href=\"/cases/" + caseId + "/transfer/decision\""));
            RenderedForm.open("/cases/" + caseId + "/transfer/decision").submit().then().statusCode(422)
                    .body(containsString("href=\"#accept\""));
            RenderedForm.open("/cases/" + caseId + "/transfer/decision").set("accept", "yes").submit().then().statusCode(303);
            given().get("/cases/" + caseId).then().statusCode(200).body(containsString("Accepted by School Nursing Southbank"));
            given().get("/cases/transfers").then().statusCode(200).body(not(containsString("/cases/" + caseId + "/transfer/decision")));
        });
        given().get("/cases/" + caseId).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void declinedWithAReasonTheCaseStaysAndASecondAnswerIsRefused() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.SOUTHBANK), "y@school.example"));
        String schoolNursing = FamilyFixtures.read(() -> thornbury.service("School Nursing Southbank")).id().toString();
        // Before any offer the nurse only knows the case exists, and cannot offer it.
        given().get("/cases/" + caseId + "/transfer").then().statusCode(403);
        pages.as("frontline", () -> CasePages.post("/cases/" + caseId + "/transfer", CasePages.fields("toServiceId", schoolNursing,
                "reason", "Health-led support fits better")).then().statusCode(303));

        String page = "/cases/" + caseId + "/transfer/decision";
        RenderedForm.open(page).set("accept", "no").submit().then().statusCode(422).body(containsString("href=\"#reason\""));
        RenderedForm late = RenderedForm.open(page).set("accept", "yes");
        RenderedForm.open(page).set("accept", "no").set("reason", "No school nurse free until January").submit()
                .then().statusCode(303);
        // Declined, the case is no longer the nurse's to see: a second answer, and the form, are refused.
        late.submit().then().statusCode(403);
        given().get(page).then().statusCode(403);
        given().get("/cases/" + caseId).then().statusCode(403);
        pages.as("frontline", () -> given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Declined by School Nursing Southbank: No school nurse free until January")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anOfferToAServiceWhoseBoundaryDoesNotHoldTheFamilyIsRefusedAndAStaleOfferShowsTheFormAgain() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "z@school.example");
        String schoolNursing = FamilyFixtures.read(() -> thornbury.service("School Nursing Southbank")).id().toString();
        String page = "/cases/" + caseId + "/transfer";
        given().get(page).then().statusCode(200).body(containsString("No other early help service"));
        // A service the form does not offer, posted anyway: refused on the field, nothing saved.
        RenderedForm.open(page).fill(Map.of("toServiceId", schoolNursing, "reason", "The nurse knows them")).submit()
                .then().statusCode(422).body(containsString("href=\"#toServiceId\"")).body(containsString("cannot own"));

        RenderedForm stale = RenderedForm.open(page).fill(Map.of("toServiceId", schoolNursing, "reason", "x"));
        CasePages.consent(caseId);
        stale.submit().then().statusCode(409).body(containsString("This case was changed by someone else"))
                .body(containsString("name=\"reason\""));
        given().get("/cases/" + caseId).then().statusCode(200).body(not(containsString("Offered to")));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theDemoShowsTheSchoolNurseTheAdeyemiCaseOfferedToHerService() {
        given().get("/cases/transfers").then().statusCode(200).body(containsString("Adeyemi family"))
                .body(containsString("Family Support Thornbury"));
        pages.as("frontline", () -> given().get("/cases/transfers").then().statusCode(200).body(not(containsString("Adeyemi family"))));
    }
}
