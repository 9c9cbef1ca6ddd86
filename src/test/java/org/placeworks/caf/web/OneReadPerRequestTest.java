package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.testsupport.RenderedForm;

/** The access log tells the truth: opening the case page is one read of the case, and saving a form is none. */
@QuarkusTest
class OneReadPerRequestTest {

    @Inject
    CasePages pages;

    @Inject
    AuditTrail audit;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theCasePageIsOneReadAndAFormPostIsNone() {
        UUID caseId = CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example");
        CasePages.consent(caseId);

        long before = reads(caseId);
        given().get("/cases/" + caseId).then().statusCode(200);
        assertThat(reads(caseId)).isEqualTo(before + 1);

        RenderedForm assessment = RenderedForm.open("/cases/" + caseId + "/assessment");
        long opened = reads(caseId);
        assessment.set("strengths-HEALTH", "Registered with a GP").submit().then().statusCode(303);
        assertThat(reads(caseId)).isEqualTo(opened);
    }

    private long reads(UUID caseId) {
        return audit.history("caf-case", caseId, 1000).stream().filter(e -> e.action() == AuditAction.VIEW).count();
    }
}
