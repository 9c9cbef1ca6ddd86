package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.RenderedForm;

/** Consent amended through its form as rendered: a new version, the earlier one kept and shown. */
@QuarkusTest
class ConsentPageTest {

    @Inject
    CasePages pages;

    @Inject
    Thornbury thornbury;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anAmendmentIsANewVersionAndTheEarlierOneIsStillShown() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        given().get("/cases/" + caseId + "/consent/amend").then().statusCode(409);
        CasePages.consent(caseId);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String nhs = thornbury.agency("Eastmoor Community Health NHS Trust").toString();

        RenderedForm.open("/cases/" + caseId + "/consent/amend").set("givenBy", "").set("panelDiscussion", "yes")
                .submit().then().statusCode(422)
                .body(containsString("href=\"#change\""));

        RenderedForm.open("/cases/" + caseId + "/consent/amend").set("change", "AMENDED").set("givenBy", "Sam Parent")
                .set("alsoGivenBy", "Alex Parent").set("panelDiscussion", "no").tick("refusedAgencies", nhs)
                .date("givenOn", today.getDayOfMonth(), today.getMonthValue(), today.getYear())
                .submit().then().statusCode(303);

        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Version 2 (Amended)"))
                .body(containsString("Alex Parent"))
                .body(containsString("Earlier versions of the consent"))
                .body(containsString("Version 1 (Given)"))
                .body(containsString("Not agreed"));
    }
}
