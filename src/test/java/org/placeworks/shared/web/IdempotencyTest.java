package org.placeworks.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.web.CasePages;
import org.placeworks.testsupport.RenderedForm;

/**
 * The "idempotency" drill: a create form sent twice (a double click, the browser resending) and an API POST
 * retried with the same {@code Idempotency-Key} each make one record, and the repeat is answered as the first
 * was. A contact note on a case is the record: nothing else stops two identical notes being written. The nurse
 * (frontline2) is on the case's Team Around the Family.
 */
@QuarkusTest
@TestSecurity(user = "frontline2", roles = "frontline")
class IdempotencyTest {

    @Inject
    CasePages pages;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    private CasePages.Family family;
    private UUID caseId;

    @BeforeEach
    void aCaseWithTheNurseOnTheTeam() {
        family = pages.family(CasePages.SOUTHBANK);
        UUID nurse = pages.staffId("frontline2");
        caseId = pages.as("frontline", () -> {
            UUID id = CasePages.refer(family, "someone@school.example");
            CasePages.consent(id);
            CasePages.addToTeam(id, nurse);
            return id;
        });
    }

    // Midnight: the start of today is never still to come, whatever the time the test runs (a later hour is, just
    // after midnight), and today is never before the case's referral.
    private RenderedForm noteForm(LocalDate on, String text) {
        return RenderedForm.open("/cases/" + caseId + "/notes/new")
                .date("happenedOn", on.getDayOfMonth(), on.getMonthValue(), on.getYear()).set("happenedAt", "00:00")
                .set("type", "HOME_VISIT").tick("seen", family.childId().toString()).set("childSeenAlone", "yes")
                .set("text", text);
    }

    private long notes() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from caf_case_note where case_id = ?1").setParameter(1, caseId).getSingleResult()).longValue());
    }

    @Test
    void aDoubleSubmittedFormMakesOneNoteAndBothAnswersLeadToIt() {
        RenderedForm form = noteForm(CasePages.today(), "Home visit; Ruby was calm");
        assertThat(form.value(IdempotencyKeys.FIELD)).as("the create form carries a key").isNotBlank();

        String first = form.submit().then().statusCode(303).extract().header("Location");
        String second = form.submit().then().statusCode(303).extract().header("Location");

        assertThat(second).isEqualTo(first).contains("/cases/" + caseId + "/notes/");
        assertThat(notes()).isEqualTo(1);
        // Drawn again, the form has a new key: a second visit on purpose is a second note.
        noteForm(CasePages.today(), "Home visit; Ruby was calm").submit().then().statusCode(303);
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void twoSendsOfTheFormAtTheSameMomentMakeOneNote() throws Exception {
        RenderedForm form = noteForm(CasePages.today(), "Home visit sent twice at once");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> sends = List.of(
                pool.submit(() -> { start.await(); return form.submit(); }),
                pool.submit(() -> { start.await(); return form.submit(); }));
        start.countDown();
        Response a = sends.get(0).get(2, TimeUnit.MINUTES);
        Response b = sends.get(1).get(2, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(List.of(a.statusCode(), b.statusCode())).containsOnly(303);
        assertThat(a.header("Location")).isEqualTo(b.header("Location"));
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void aRefusedFormMayBeCorrectedAndSentWithItsKey() {
        RenderedForm form = noteForm(CasePages.today().plusDays(1), "A visit planned for tomorrow");
        form.submit().then().statusCode(422).body(containsString("govuk-error-summary"));
        assertThat(notes()).isZero();

        LocalDate today = CasePages.today();
        form.date("happenedOn", today.getDayOfMonth(), today.getMonthValue(), today.getYear()).submit().then().statusCode(303);
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void theSameFormSentAgainWithOtherAnswersIsRefused() {
        RenderedForm form = noteForm(CasePages.today(), "First answers");
        form.submit().then().statusCode(303);

        form.set("text", "Other answers").submit().then().statusCode(422)
                .body(containsString("This form was already sent with different answers"));
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void aRetriedApiPostMakesOneNoteAndGetsTheSameAnswer() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, note("Phoned mum about Mondays"));
        Response retry = post(key, note("Phoned mum about Mondays"));

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.jsonPath().getString("text")).isEqualTo("Phoned mum about Mondays");
        assertThat(notes()).isEqualTo(1);
        // The body sent again holds the note: it is an access like any other read.
        assertThat(audit.history("repeated-request", "/api/v1/cases/" + caseId + "/notes", 10)).hasSize(1);

        post(key, note("Something else entirely")).then().statusCode(422)
                .body("errors", hasKey(IdempotencyKeys.HEADER))
                .body("errors.'Idempotency-Key'", containsString("already used for a different request"));
        assertThat(notes()).isEqualTo(1);

        post(UUID.randomUUID().toString(), note("Phoned mum about Mondays")).then().statusCode(201);
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void aKeyIsForgottenOnceItsLifetimeIsOver() {
        String key = UUID.randomUUID().toString();
        post(key, note("Phoned dad")).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotent_request set created_at = created_at - interval '25 hours' where idempotency_key = ?1")
                .setParameter(1, key).executeUpdate());

        post(key, note("Phoned dad")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void aKeyThatIsNotPlainTextIsRefusedNamingTheHeader() {
        post("x".repeat(201), note("Phoned mum")).then().statusCode(422).body("errors", hasKey(IdempotencyKeys.HEADER));
        assertThat(notes()).isZero();
    }

    private Map<String, Object> note(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("happenedOn", CasePages.today().toString());
        body.put("happenedAt", "00:00");
        body.put("type", "PHONE");
        body.put("seen", List.of(family.childId()));
        body.put("childSeenAlone", false);
        body.put("text", text);
        return body;
    }

    private Response post(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header(IdempotencyKeys.HEADER, key).body(body)
                .post("/api/v1/cases/" + caseId + "/notes");
    }
}
