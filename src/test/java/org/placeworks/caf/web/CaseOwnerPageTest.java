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
import org.placeworks.testsupport.RenderedForm;

/** A manager of the owning service moves a case to another service through the page, as rendered. */
@QuarkusTest
class CaseOwnerPageTest {

    @Inject
    CasePages pages;

    @Inject
    Thornbury thornbury;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerMovesACaseToSchoolNursingWithAReason() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.SOUTHBANK), "x@school.example"));
        String schoolNursing = thornbury.service("School Nursing Southbank").id().toString();
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("href=\"/cases/" + caseId + "/owner\""));

        RenderedForm.open("/cases/" + caseId + "/owner").set("owningServiceId", schoolNursing).submit()
                .then().statusCode(422).body(containsString("href=\"#reason\""));
        RenderedForm.open("/cases/" + caseId + "/owner").set("owningServiceId", schoolNursing)
                .set("reason", "The school nurse already works with the family").submit().then().statusCode(303);

        given().get("/cases/" + caseId).then().statusCode(403);
        pages.as("frontline2", () -> given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("School Nursing Southbank"))
                .body(containsString("Moved from Family Support Thornbury to School Nursing Southbank")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aWorkerWhoIsNotAManagerCannotMoveTheCase() {
        UUID caseId = CasePages.refer(pages.family(CasePages.SOUTHBANK), "x@school.example");
        given().get("/cases/" + caseId).then().statusCode(200).body(not(containsString("/owner\"")));
        CasePages.forged("/cases/" + caseId, "/cases/" + caseId + "/owner", CasePages.fields("owningServiceId",
                thornbury.service("School Nursing Southbank").id().toString(), "reason", "x", "version", "0"))
                .then().statusCode(403);
    }
}
