package org.placeworks.insight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.Roles;
import java.util.List;
import java.util.UUID;
import org.placeworks.testsupport.Forms;

/**
 * The manager's outcome pages on the demo place: overdue sustainment checks by case reference (no family names),
 * the Supporting Families claims list with its evidence, its CSV and "mark as claimed" (then not listed again),
 * and the cost-avoidance estimate with its figures suppressed.
 */
@QuarkusTest
class OutcomePagesTest {

    @Inject
    EntityManager em;

    private String referenceOf(String familyName) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select c.reference from caf_case c "
                + "join family f on f.id = c.family_id where f.name = ?1").setParameter(1, familyName).getSingleResult());
    }

    private long audited(String kind, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_entry where record_kind = ?1 and action = ?2").setParameter(1, kind)
                .setParameter(2, action).getSingleResult()).longValue());
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void theInsightHomeListsTheOutcomeSections() {
        given().get("/insight").then().statusCode(200).body(containsString("/insight/sustainment"))
                .body(containsString("/insight/claims")).body(containsString("/insight/cost-avoidance"));
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void theManagerSeesOverdueChecksByReferenceWithSuppressedCounts() {
        String brennan = referenceOf("Brennan family");
        given().get("/insight/sustainment").then().statusCode(200).body(containsString(brennan))
                .body(not(containsString("Brennan family"))).body(containsString("Fran Walker"))
                .body(containsString("are shown as"));
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void theManagerClaimsAFamilyOnceWithItsEvidence() {
        String thornton = referenceOf("Thornton family");
        long viewsBefore = audited("supporting-families-claim", "VIEW");
        given().get("/insight/claims").then().statusCode(200).body(containsString(thornton))
                .body(containsString("Significant and sustained progress")).body(containsString("continuous employment"))
                .body(containsString("Mum in continuous employment for the 6 months since closure"))
                .body(not(containsString("Thornton family"))).body(not(containsString("Mia")));
        assertThat(audited("supporting-families-claim", "VIEW")).isEqualTo(viewsBefore + 1);

        String csv = given().get("/insight/claims.csv").then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("Case reference,Claim route,").contains(thornton).contains("SUSTAINED_PROGRESS");
        assertThat(audited("supporting-families-claim", "EXPORT")).isPositive();
        byte[] xlsx = given().get("/insight/claims.xlsx").then().statusCode(200).contentType(containsString("spreadsheetml"))
                .extract().asByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Case reference");
            List<String> references = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                references.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(references).contains(thornton);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        UUID thorntonCase = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery("select id from caf_case "
                + "where reference = ?1").setParameter(1, thornton).getSingleResult());
        Response claimed = Forms.from("/insight/claims").formParam("caseId", thorntonCase.toString()).post("/insight/claims");
        assertThat(claimed.statusCode()).as(claimed.asString()).isEqualTo(303);
        given().get("/insight/claims").then().statusCode(200).body(not(containsString(thornton)));
        assertThat(given().get("/insight/claims.csv").then().extract().asString()).doesNotContain(thornton);

        // The same claim sent again (a second click, an old tab): nothing claimable by that id any more.
        String csrf = given().get("/families/new").then().statusCode(200).extract().cookie("csrf-token");
        assertThat(given().redirects().follow(false).cookie("csrf-token", csrf).contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", csrf).formParam("caseId", thorntonCase.toString()).post("/insight/claims").statusCode())
                .isEqualTo(404);
        assertThat(audited("supporting-families-claim", "CREATE")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void claimsAreForManagersOnly() {
        given().get("/insight/claims").then().statusCode(403);
        given().get("/insight/claims.csv").then().statusCode(403);
        given().get("/insight/claims.xlsx").then().statusCode(403);
        given().get("/insight/sustainment").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void theCostAvoidanceEstimateIsLabelledAndSuppressed() {
        given().get("/insight/cost-avoidance").then().statusCode(200).body(containsString("Cost avoidance (estimate)"))
                .body(containsString("not savings")).body(containsString("illustrative"))
                .body(containsString("GMCA Unit Cost Database")).body(containsString("are shown as"))
                .body(containsString("/insight/tables/cost-avoidance.csv"));
        String csv = given().get("/insight/tables/cost-avoidance.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains("Estimated cost avoided").contains("All outcomes priced");
    }
}
