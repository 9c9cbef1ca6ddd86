package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.SignOffKind;
import org.placeworks.identity.ActingAs;
import org.placeworks.testsupport.RenderedForm;
import org.placeworks.testsupport.Tokens;

/**
 * The panel's "close" with the closure reason and each need's outcome starts the case's own closure, signed off as the
 * owning service asks (Eastmoor's services ask for a manager's sign-off); a closure missing a need's outcome is
 * refused naming the need, and nothing is recorded; a closure reason goes only with the decision to close. Over the
 * API with real tokens, and on the chair's run page with the form read as rendered.
 */
@QuarkusTest
class PanelClosureDecisionTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Meetings meetings;

    @Inject
    CafCases cases;

    @Inject
    ActingAs actingAs;

    private PanelView panel;
    private UUID meeting;

    @BeforeEach
    void aMeetingOfItsOwn() {
        panel = fixtures.panel();
        meeting = fixtures.meeting(panel, fixtures.today());
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** A consented case (one need, "School attendance") listed on the meeting, which is then in session. */
    private UUID[] listedAndInSession(String family) {
        UUID caseId = fixtures.consentedCase(family, Set.of("Eastmoor District Council"), Set.of());
        UUID item = fixtures.listItem(meeting, caseId, family);
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        return new UUID[] {caseId, item};
    }

    private CaseView kase(UUID caseId) {
        return actingAs.call("frontline", PanelFixtures.WORKER, () -> cases.find(caseId));
    }

    private String decisionPath(UUID item) {
        return "/api/v1/meetings/" + meeting + "/items/" + item + "/decision";
    }

    /** The need's id as the chair's agenda gives it. */
    private String needOnTheAgenda() {
        String need = as("chair").get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200)
                .body("items[0].closingNeeds[0].description", equalTo("School attendance"))
                .extract().path("items[0].closingNeeds[0].id");
        assertThat(need).isNotBlank();
        return need;
    }

    @Test
    void withTheReasonAndEveryOutcomeTheClosureAwaitsAManagersSignOff() {
        UUID[] listed = listedAndInSession("Quillon family");
        String need = needOnTheAgenda();

        as("chair").body(Map.of("decision", "CLOSE", "rationale", "Attendance back above 95% for a term",
                "version", fixtures.itemVersion(listed[1]), "closureReason", "NEEDS_MET", "outcomes", Map.of(need, "MET")))
                .post(decisionPath(listed[1])).then().statusCode(200).body("decision", equalTo("CLOSE"));

        CaseView c = kase(listed[0]);
        assertThat(c.status()).isNotEqualTo(CaseStatus.CLOSED);
        assertThat(c.loop().awaitingSignOff()).isNotNull();
        assertThat(c.loop().awaitingSignOff().kind()).isEqualTo(SignOffKind.CLOSURE);
        assertThat(c.loop().awaitingSignOff().closureReason()).isEqualTo(ClosureReason.NEEDS_MET);
    }

    @Test
    void aClosureMissingANeedsOutcomeIsRefusedNamingTheNeedAndNothingIsRecorded() {
        UUID[] listed = listedAndInSession("Quillon family");
        String need = needOnTheAgenda();

        as("chair").body(Map.of("decision", "CLOSE", "rationale", "Needs met", "version", fixtures.itemVersion(listed[1]),
                "closureReason", "NEEDS_MET")).post(decisionPath(listed[1])).then().statusCode(422)
                .body("errors", hasKey("needs[" + need + "].outcome"))
                .body("detail", containsString("School attendance"));

        assertThat(fixtures.chair(() -> meetings.item(meeting, listed[1])).decision()).isNull();
        assertThat(kase(listed[0]).loop().awaitingSignOff()).isNull();
    }

    @Test
    void aClosureReasonGoesOnlyWithTheDecisionToClose() {
        UUID[] listed = listedAndInSession("Quillon family");
        String need = needOnTheAgenda();

        as("chair").body(Map.of("decision", "AGREE_SUPPORT_PACKAGE", "rationale", "Support agreed",
                "version", fixtures.itemVersion(listed[1]), "closureReason", "NEEDS_MET", "outcomes", Map.of(need, "MET")))
                .post(decisionPath(listed[1])).then().statusCode(422).body("errors", hasKey("closureReason"));
        // Closing for a reason that follows from another step (a step up) is not the panel's to give.
        as("chair").body(Map.of("decision", "CLOSE", "rationale", "Stepped up", "version", fixtures.itemVersion(listed[1]),
                "closureReason", "STEPPED_UP", "outcomes", Map.of(need, "NOT_MET")))
                .post(decisionPath(listed[1])).then().statusCode(422).body("errors", hasKey("closureReason"));

        assertThat(fixtures.chair(() -> meetings.item(meeting, listed[1])).decision()).isNull();
        assertThat(kase(listed[0]).loop().awaitingSignOff()).isNull();
    }

    @Test
    void withoutAReasonTheDecisionIsRecordedAndTheCaseWaitsForItsWorker() {
        UUID[] listed = listedAndInSession("Quillon family");

        as("chair").body(Map.of("decision", "CLOSE", "rationale", "Needs met", "version", fixtures.itemVersion(listed[1])))
                .post(decisionPath(listed[1])).then().statusCode(200).body("decision", equalTo("CLOSE"));

        CaseView c = kase(listed[0]);
        assertThat(c.loop().awaitingSignOff()).isNull();
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theChairClosesTheCaseOnTheRunPageWithEachNeedsOutcome() {
        UUID[] listed = listedAndInSession("Quillon family");
        String run = "/panel/meetings/" + meeting + "/run";
        String decision = "/panel/meetings/" + meeting + "/items/" + listed[1] + "/decision";
        UUID need = fixtures.chair(() -> meetings.agenda(meeting)).items().get(0).closingNeeds().get(0).id();
        String outcome = "outcome-" + need;

        RenderedForm form = RenderedForm.open(run, decision);
        assertThat(form.options("closureReason")).contains("NEEDS_MET", "SINGLE_AGENCY").doesNotContain("STEPPED_UP");
        assertThat(form.options(outcome)).contains("MET", "PARTLY_MET", "NOT_MET");

        // The reason without the need's outcome: refused on the item's form, with the reason chosen still there.
        form.set("decision", "CLOSE").set("rationale", "Attendance back above 95% for a term").set("closureReason", "NEEDS_MET")
                .submit().then().statusCode(422)
                .body(containsString("Select the outcome for &quot;School attendance&quot;"))
                .body(containsString("<option value=\"NEEDS_MET\" selected>"));
        assertThat(kase(listed[0]).loop().awaitingSignOff()).isNull();

        RenderedForm.open(run, decision).set("decision", "CLOSE").set("rationale", "Attendance back above 95% for a term")
                .set("closureReason", "NEEDS_MET").set(outcome, "MET").submit().then().statusCode(303);
        given().get(run).then().statusCode(200).body(containsString("Decided: Close"))
                .body(not(containsString("Select the outcome for")));
        CaseView c = kase(listed[0]);
        assertThat(c.loop().awaitingSignOff().kind()).isEqualTo(SignOffKind.CLOSURE);
        assertThat(c.loop().awaitingSignOff().closureReason()).isEqualTo(ClosureReason.NEEDS_MET);
    }
}
