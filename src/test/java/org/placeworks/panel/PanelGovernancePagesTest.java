package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CafCases;
import org.placeworks.identity.ActingAs;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.RenderedForm;
import org.placeworks.testsupport.Tokens;

/**
 * The panel's governance on its pages (forms read as rendered, filled and posted) and over the API: declarations
 * of interest, the lead professional named with the decision, minutes circulated, corrected and agreed, the quorum's
 * agencies, and the decision on the case's page and on "My cases". Every new form refuses a stale edit with 409 and
 * the form again.
 */
@QuarkusTest
class PanelGovernancePagesTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Meetings meetings;

    @Inject
    Panels panels;

    @Inject
    Thornbury thornbury;

    @Inject
    CafCases cases;

    @Inject
    ActingAs actingAs;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Agendas agendas;

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theChairRecordsADeclarationAndALeadProfessionalOnTheRunPageAndAStaleFormIsShownAgain() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID caseId = fixtures.consentedCase("Tamarisk family", Set.of("Eastmoor District Council",
                "Eastmoor Community Health NHS Trust"), Set.of());
        UUID item = fixtures.listItem(meeting, caseId, "Tamarisk family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        String agenda = "/panel/meetings/" + meeting;
        String run = agenda + "/run";
        String interests = agenda + "/items/" + item + "/interests";
        String decision = agenda + "/items/" + item + "/decision";

        // Opened before the declaration is saved: posted afterwards, it is stale.
        RenderedForm staleDecision = RenderedForm.open(run, decision);
        RenderedForm declaration = RenderedForm.open(run, interests);
        assertThat(declaration.options("declarerId")).contains(thornbury.member("estate").id().toString());
        declaration.set("interest", "").submit().then().statusCode(422)
                .body(containsString("Enter the interest declared"));
        RenderedForm.open(run, interests).set("declarerId", thornbury.member("frontline2").id().toString())
                .set("interest", "Is the school nurse of the older child").set("withdrew", "yes").submit().then().statusCode(303);
        given().get(run).then().statusCode(200)
                .body(containsString("Sam Okafor (Eastmoor Community Health NHS Trust): Is the school nurse of the older child. Withdrew from the item."))
                .body(containsString("Without those who withdrew, the meeting is not quorate for this item"));

        RenderedForm staleDeclaration = RenderedForm.open(run, interests);
        RenderedForm.open(run, interests).set("declarerId", thornbury.member("estate").id().toString())
                .set("interest", "Manages the tenancy").set("withdrew", "no").submit().then().statusCode(303);
        staleDeclaration.set("declarerId", thornbury.member("estate").id().toString()).set("interest", "Again")
                .set("withdrew", "no").submit().then().statusCode(409)
                .body(containsString("This agenda item was changed by someone else")).body(containsString("action=\"" + interests + "\""));

        // Not quorate for this item: the chair overrides the quorum with a reason, then allocates the lead professional.
        staleDecision.set("decision", "AGREE_SUPPORT_PACKAGE").set("rationale", "Agreed").submit().then().statusCode(409)
                .body(containsString("not quorate for it"));
        RenderedForm.open(run, agenda + "/quorum").set("quorumReason", "The family cannot wait a month").submit().then().statusCode(303);
        staleDecision.set("decision", "AGREE_SUPPORT_PACKAGE").set("rationale", "Agreed").submit().then().statusCode(409)
                .body(containsString("This decision was changed by someone else")).body(containsString("action=\"" + decision + "\""));
        RenderedForm.open(run, decision).set("decision", "ALLOCATE_LEAD_PROFESSIONAL").set("rationale", "Health leads")
                .submit().then().statusCode(422).body(containsString("Select the lead professional the panel allocates"));
        RenderedForm.open(run, decision).set("decision", "ALLOCATE_LEAD_PROFESSIONAL").set("rationale", "Health leads")
                .set("leadProfessionalId", thornbury.member("frontline2").id().toString()).submit().then().statusCode(303);
        given().get(run).then().body(containsString("Decided: Allocate a lead professional (Sam Okafor)"));
        assertThat(actingAs.call("frontline", PanelFixtures.WORKER, () -> cases.find(caseId)).leadProfessional().name())
                .isEqualTo("Sam Okafor");
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theMinutesAreRewordedCirculatedCorrectedAndAgreedAtTheNextMeetingOnTheirPages() {
        PanelView panel = fixtures.panel();
        UUID held = fixtures.meeting(panel, fixtures.today().minusDays(1));
        UUID next = fixtures.meeting(panel, fixtures.today());
        fixtures.listItem(held, fixtures.anyCase(), "Tupelo family");
        fixtures.publish(held);
        fixtures.attend(held, panel, 3);
        fixtures.start(held);
        fixtures.close(held);
        String minutes = "/panel/meetings/" + held + "/minutes";
        String revisions = minutes + "/revisions";
        given().get(minutes).then().statusCode(200).body(containsString("id=\"minutes-status\">Draft<"));

        RenderedForm stale = RenderedForm.open(minutes, revisions);
        RenderedForm.open(minutes, revisions).set("text", "The panel met; the Tupelo family's item was not reached.")
                .submit().then().statusCode(303);
        stale.set("text", "An older wording").submit().then().statusCode(409)
                .body(containsString("This minutes was changed by someone else")).body(containsString("An older wording"));
        RenderedForm.open(minutes, minutes + "/circulation").submit().then().statusCode(303);
        given().get(minutes).then().body(containsString("Circulated for accuracy"));
        RenderedForm.open(minutes, revisions).set("text", "Corrected").submit().then().statusCode(422)
                .body(containsString("Enter what the correction is and who asked for it"));
        RenderedForm.open(minutes, revisions).set("text", "The panel met; the Tupelo family's item moved to the next meeting.")
                .set("reason", "The police member asked for the move to be minuted").submit().then().statusCode(303);
        given().get(minutes).then().body(containsString("corrected because The police member asked for the move to be minuted"));

        // The next meeting: the minutes of the last meeting come first, and the panel agrees them in session.
        String run = "/panel/meetings/" + next + "/run";
        given().get(run).then().body(containsString("Minutes of the last meeting")).body(containsString("Matters arising"));
        fixtures.publish(next);
        fixtures.attend(next, panel, 3);
        fixtures.start(next);
        RenderedForm agree = RenderedForm.open(run, "/panel/meetings/" + next + "/last-minutes");
        agree.submit().then().statusCode(303);
        given().get(minutes).then().body(containsString("id=\"minutes-status\">Agreed<"))
                .body(org.hamcrest.Matchers.not(containsString("action=\"" + revisions + "\"")));
    }

    @Test
    @TestSecurity(user = "manager", roles = {"manager"})
    void theManagerNamesTheAgenciesAQuorumMustIncludeAndAStaleFormIsRefused() {
        PanelView panel = fixtures.panel();
        String page = "/panel/" + panel.id();
        String action = page + "/quorum-agencies";
        RenderedForm stale = RenderedForm.open(page, action);
        RenderedForm.open(page, action).tick("quorumAgencyIds", thornbury.agency("Eastmoor Homes").toString()).submit()
                .then().statusCode(303);
        given().get(page).then().body(containsString("including Eastmoor Homes"));
        stale.tick("quorumAgencyIds", thornbury.agency("Eastmoor District Council").toString()).submit().then().statusCode(409)
                .body(containsString("This panel was changed by someone else")).body(containsString("action=\"" + action + "\""));
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void theDecisionIsOnTheCasesTimelineAndOnMyCasesAfterTheMeetingCloses() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID caseId = fixtures.consentedCase("Tansy family", Set.of("Eastmoor District Council"), Set.of());
        UUID item = fixtures.listItem(meeting, caseId, "Tansy family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(DecisionCode.AGREE_SUPPORT_PACKAGE,
                "Family support worker visits weekly", fixtures.itemVersion(item))));
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("Listed for " + panel.name()))
                .body(containsString("Panel decision at " + panel.name())).body(containsString("Family support worker visits weekly"));
        // Told on "My cases" once the meeting has closed (the fixture lists items as brought by this worker).
        given().get("/cases").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("Family support worker visits weekly")));
        fixtures.close(meeting);
        given().get("/cases").then().statusCode(200).body(containsString("The panel&#39;s decisions on your cases"))
                .body(containsString(panel.name() + ", " + fixtures.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                        + ": " + DecisionCode.AGREE_SUPPORT_PACKAGE.label() + ". Family support worker visits weekly"));
        // "My cases" asks at every request: the decisions are read with their meetings and panels, in one statement.
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        assertThat(actingAs.call("frontline", PanelFixtures.WORKER, () -> agendas.recentDecisionsFor(List.of(caseId),
                92))).extracting(DecisionNotice::panelName).contains(panel.name());
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount() - before).as("statements of the panel's decisions")
                .isEqualTo(1);
    }

    @Test
    void aPartnerSystemDecidesWithTheLeadProfessionalInOneStepAndRecordsDeclarationsAndMinutes() {
        PanelView panel = fixtures.panel();
        UUID held = fixtures.meeting(panel, fixtures.today());
        UUID caseId = fixtures.consentedCase("Teasel family", Set.of("Eastmoor District Council",
                "Eastmoor Community Health NHS Trust"), Set.of());
        UUID item = fixtures.listItem(held, caseId, "Teasel family");
        fixtures.publish(held);
        fixtures.attend(held, panel, 3);
        fixtures.start(held);
        String base = "/api/v1/meetings/" + held;

        as("chair").body(Map.of("declarerId", thornbury.member("estate").id().toString(), "interest", "Landlord",
                "version", fixtures.itemVersion(item))).post(base + "/items/" + item + "/interests").then().statusCode(422)
                .body("errors.withdrew", containsString("withdrew"));
        as("chair").body(Map.of("declarerId", thornbury.member("estate").id().toString(), "interest", "Landlord",
                "withdrew", false, "version", fixtures.itemVersion(item))).post(base + "/items/" + item + "/interests")
                .then().statusCode(200).body("interests[0].declaredBy", equalTo("Erin Shaw"));
        as("chair").body(Map.of("declarerId", thornbury.member("estate").id().toString(), "interest", "Landlord",
                "withdrew", false, "version", 0)).post(base + "/items/" + item + "/interests").then().statusCode(409);

        as("chair").body(Map.of("decision", "ALLOCATE_LEAD_PROFESSIONAL", "rationale", "Health leads",
                "version", fixtures.itemVersion(item))).post(base + "/items/" + item + "/decision").then().statusCode(422)
                .body("errors.leadProfessionalId", containsString("Select the lead professional"));
        as("chair").body(Map.of("decision", "ALLOCATE_LEAD_PROFESSIONAL", "rationale", "Health leads",
                "leadProfessionalId", thornbury.member("frontline2").id().toString(), "version", fixtures.itemVersion(item)))
                .post(base + "/items/" + item + "/decision").then().statusCode(200)
                .body("decision", equalTo("ALLOCATE_LEAD_PROFESSIONAL")).body("leadProfessional", equalTo("Sam Okafor"));
        assertThat(actingAs.call("frontline", PanelFixtures.WORKER, () -> cases.find(caseId)).leadProfessional().name())
                .isEqualTo("Sam Okafor");

        fixtures.close(held);
        long v = fixtures.chair(() -> meetings.minutesVersion(held));
        as("chair").body(Map.of("text", "Met; the Teasel family's lead professional allocated.", "version", v))
                .post(base + "/minutes/revisions").then().statusCode(200).body("record.status", equalTo("DRAFT"))
                .body("record.revisions.number", hasItem(2));
        as("chair").body(Map.of("version", v)).post(base + "/minutes/circulation").then().statusCode(409);
        as("chair").body(Map.of("version", fixtures.chair(() -> meetings.minutesVersion(held))))
                .post(base + "/minutes/circulation").then().statusCode(200).body("record.status", equalTo("CIRCULATED"));
        as("member").get(base + "/minutes").then().statusCode(404);
        as("frontline2").body(Map.of("text", "Mine", "version", 0)).post(base + "/minutes/revisions").then().statusCode(403);

        as("manager").body(Map.of("agencyIds", List.of(thornbury.agency("Shire Constabulary").toString()), "version",
                fixtures.manager(() -> panels.panel(panel.id())).version()))
                .post("/api/v1/panels/" + panel.id() + "/quorum-agencies").then().statusCode(422)
                .body("errors.quorumAgencyIds", containsString("sit on the panel"));
        as("manager").body(Map.of("agencyIds", List.of(thornbury.agency("Eastmoor Homes").toString()), "version",
                fixtures.manager(() -> panels.panel(panel.id())).version()))
                .post("/api/v1/panels/" + panel.id() + "/quorum-agencies").then().statusCode(200)
                .body("quorumAgencyNames", hasItem("Eastmoor Homes"));
        as("chair").body(Map.of("agencyIds", List.of(), "version", 0))
                .post("/api/v1/panels/" + panel.id() + "/quorum-agencies").then().statusCode(403);
    }
}
