package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.testsupport.RenderedForm;

/**
 * Recording a contact through the rendered form, as the school nurse on the Team Around the Family
 * of a Family Support case in Southbank, and reading it back on the note's page and the case page.
 */
@QuarkusTest
@TestSecurity(user = "frontline2", roles = "frontline")
class CaseNotePageTest {

    @Inject
    CasePages pages;

    @Inject
    AuditTrail audit;

    @Inject
    org.placeworks.testsupport.MovableClock clock;

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

    private RenderedForm visit(LocalDate on, String text) {
        return RenderedForm.open("/cases/" + caseId + "/notes/new")
                .date("happenedOn", on.getDayOfMonth(), on.getMonthValue(), on.getYear()).set("happenedAt", "00:00")
                .set("type", "HOME_VISIT").tick("seen", family.childId().toString()).set("childSeenAlone", "yes")
                .set("text", text).set("followUp", "Ask school about Mondays");
    }

    @Test
    void aTeamMemberRecordsAContactThroughTheFormAndReadsItBack() {
        String location = visit(CasePages.today(), "Ruby showed me her room; she was calm and chatty")
                .submit().then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/cases/" + caseId + "/notes/");

        String note = given().get(location).then().statusCode(200).extract().asString();
        assertThat(note).contains("Home visit", "Ruby showed me her room; she was calm and chatty", "Ask school about Mondays")
                .contains("Ruby ");
        long reads = familyReads();
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("Contacts and case notes"), containsString("Ruby showed me her room"));
        assertThat(familyReads()).as("the case page reads the family once, notes and all").isEqualTo(reads + 1);
    }

    private long familyReads() {
        return audit.history("family", family.id(), 1000).stream().filter(e -> e.action() == AuditAction.VIEW).count();
    }

    @Test
    void aContactInTheFutureIsShownAgainWithTheDateNamed() {
        String page = visit(CasePages.today().plusDays(1), "A visit planned for tomorrow").submit().then().statusCode(422).extract().asString();
        assertThat(page).contains("govuk-error-summary", "href=\"#happenedOn\"", "must be now or in the past");
        given().get("/cases/" + caseId).then().body(org.hamcrest.Matchers.not(containsString("A visit planned for tomorrow")));
    }

    @Test
    void theAuthorCorrectsTheNoteAndAStaleCorrectionIsRefused() {
        String location = visit(CasePages.today(), "First draft").submit().then().statusCode(303).extract().header("Location");
        RenderedForm first = RenderedForm.open(location + "/edit");
        RenderedForm second = RenderedForm.open(location + "/edit");
        assertThat(first.value("text")).isEqualTo("First draft");
        first.set("text", "Corrected").submit().then().statusCode(303);
        second.set("text", "Overwritten").submit().then().statusCode(409).body(containsString("This note was changed by someone else"));
        given().get(location).then().body(containsString("Corrected"), org.hamcrest.Matchers.not(containsString("Overwritten")));

        RenderedForm.open(location + "/addendum").set("text", "Spoke to Sam afterwards").submit().then().statusCode(303);
        given().get(location).then().body(containsString("Spoke to Sam afterwards"), containsString("Corrected"));
    }

    @Test
    void after24HoursTheNoteOffersOnlyAnAddendum() {
        String location = java.net.URI.create(visit(CasePages.today(), "Written today").submit().then().statusCode(303)
                .extract().header("Location")).getPath();
        given().get(location).then().body(containsString(location + "/edit"));
        try {
            clock.moveTo(java.time.Instant.now().plus(java.time.Duration.ofHours(25)));
            given().get(location).then().statusCode(200)
                    .body(org.hamcrest.Matchers.not(containsString(location + "/edit")), containsString(location + "/addendum"));
            given().get(location + "/edit").then().statusCode(409).body(containsString("Add an addendum instead"));
        } finally {
            clock.reset();
        }
    }
}
