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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.RenderedForm;

/**
 * The lead professional's sustainment checks: listed when due or overdue, recorded through the rendered form (evidence
 * required when an outcome held, a stale form refused), and nobody else's: a member of the Team Around the Family, who
 * may read the case itself, is told no such check exists; a manager of the owning service may open it.
 */
@QuarkusTest
class SustainmentCheckPagesTest {

    @Inject
    EntityManager em;

    private UUID checkOf(String familyName) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery("select k.id from insight_sustainment_check k "
                + "join caf_case c on c.id = k.case_id join family f on f.id = c.family_id where f.name = ?1")
                .setParameter(1, familyName).getSingleResult());
    }

    private UUID caseOf(String familyName) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery("select c.id from caf_case c "
                + "join family f on f.id = c.family_id where f.name = ?1").setParameter(1, familyName).getSingleResult());
    }

    @Test
    @TestSecurity(user = "frontline", roles = {Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL})
    void theLeadProfessionalRecordsACheckThroughTheRenderedForm() {
        UUID fletcher = checkOf("Fletcher family");
        String page = "/sustainment-checks/" + fletcher;
        given().get("/sustainment-checks").then().statusCode(200).body(containsString(page))
                .body(containsString("/sustainment-checks/" + checkOf("Brennan family"))).body(containsString("Overdue"))
                // Recorded already (the demo's Thornton family), and not due for months (Murphy): not listed.
                .body(not(containsString("/sustainment-checks/" + checkOf("Thornton family"))))
                .body(not(containsString("/sustainment-checks/" + checkOf("Murphy family"))));

        RenderedForm opened = RenderedForm.open(page, page);
        List<String> held = opened.fields().stream().filter(f -> f.startsWith("held-")).toList();
        assertThat(held).hasSize(2);

        // Held, but no evidence: refused, naming the field.
        RenderedForm noEvidence = RenderedForm.open(page, page);
        held.forEach(h -> noEvidence.set(h, "yes"));
        Response refused = noEvidence.submit();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("govuk-error-summary").contains("Enter the evidence that the outcome")
                .contains("#evidence-" + held.get(0).substring(5));

        // Nothing chosen for an outcome: refused too.
        assertThat(RenderedForm.open(page, page).set(held.get(0), "no").submit().statusCode()).isEqualTo(422);

        RenderedForm form = RenderedForm.open(page, page);
        form.set(held.get(0), "yes").set("evidence-" + held.get(0).substring(5), "Health visitor confirmed every check since closure.");
        form.set(held.get(1), "no");
        Response saved = form.submit();
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(page);
        given().get(page).then().statusCode(200).body(containsString("Recorded"))
                .body(containsString("Health visitor confirmed every check since closure."));
        given().get("/sustainment-checks").then().statusCode(200).body(not(containsString(page)));

        // The form opened before that recording is stale: refused, not applied over it.
        opened.set(held.get(0), "no").set(held.get(1), "no");
        Response stale = opened.submit();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("This sustainment check was changed by someone else");
        given().get(page).then().body(containsString("Health visitor confirmed every check since closure."));

        Number audited = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from audit_entry where record_kind = 'sustainment-check' and record_id = ?1 and action = 'UPDATE'")
                .setParameter(1, fletcher.toString()).getSingleResult());
        assertThat(audited.intValue()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "chair", roles = {Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL})
    void aWorkerOfTheOwningServiceWhoMayReadTheCaseIsToldNoSuchCheckExists() {
        // Chris (here as a family support worker of Family Support Thornbury) may read the service's closed cases; the
        // check is for the case's lead professional and the managers of its service only.
        String page = "/sustainment-checks/" + checkOf("Murphy family");
        given().get("/cases/" + caseOf("Murphy family")).then().statusCode(200);
        given().get(page).then().statusCode(404);
        String csrf = given().get("/families/new").then().statusCode(200).extract().cookie("csrf-token");
        given().redirects().follow(false).cookie("csrf-token", csrf).contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", csrf).formParam("version", "0").post(page).then().statusCode(404);
        given().get("/sustainment-checks").then().statusCode(200).body(not(containsString(page)));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = {Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL})
    void aWorkerOfAnotherServiceIsToldNoSuchCheckExists() {
        String page = "/sustainment-checks/" + checkOf("Murphy family");
        given().get(page).then().statusCode(404);
        String csrf = given().get("/families/new").then().statusCode(200).extract().cookie("csrf-token");
        given().redirects().follow(false).cookie("csrf-token", csrf).contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", csrf).formParam("version", "0").post(page).then().statusCode(404);
        given().get("/sustainment-checks").then().statusCode(200).body(not(containsString(page)));
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void aManagerOfTheOwningServiceMayOpenTheCheck() {
        given().get("/sustainment-checks/" + checkOf("Brennan family")).then().statusCode(200)
                .body(containsString("Sustainment check")).body(not(containsString("Brennan")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = {Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL})
    void aCheckThatDoesNotExistIsNotFound() {
        given().get("/sustainment-checks/" + UUID.randomUUID()).then().statusCode(404);
    }
}
