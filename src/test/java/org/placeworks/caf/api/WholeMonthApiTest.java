package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.placeworks.family.FamilyFixtures.addPerson;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.family;
import static org.placeworks.family.FamilyFixtures.person;
import static org.placeworks.family.FamilyFixtures.surname;
import static org.placeworks.family.FamilyFixtures.token;
import static org.placeworks.family.FamilyFixtures.with;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.grant.GrantFixtures;
import org.placeworks.organisation.Thornbury;
import org.placeworks.panel.Panels;
import org.placeworks.panel.PanelFixtures;
import org.placeworks.testsupport.MovableClock;

/**
 * A whole month of early help through the JSON API alone, as partner systems and bulk tools would run it, with real
 * tokens from Keycloak: a school nurse's referral accepted (the referrer told), consent from two adults refusing the
 * police, the family's move out of her boundary and the transfer Family Support accepts, an assessment with goals,
 * a TAF meeting and a note, the case and its grant request at panel, where one meeting appoints the lead
 * professional and makes the award that is the grant's own decision, the finance officer's payment, a review
 * against the goals, closure signed off by a manager, and a new referral flagged as a re-referral.
 * <p>
 * Only the setting-up a manager does in their own screens (this year's fund and the month's meeting) is done
 * directly. The clock runs in a month of its own (March 2031), so the meeting holds only this family's items.
 */
@QuarkusTest
class WholeMonthApiTest {

    /** Riverside, Southbank ward: School Nursing Southbank and Family Support Thornbury both cover it. */
    private static final long RIVERSIDE = 100090000171L;
    /** Market Place, Northgate ward: Family Support Thornbury covers it; School Nursing Southbank does not. */
    private static final long MARKET_PLACE = 100090000007L;
    private static final String REFERRER = "month.referrer@school.example";
    private static final LocalDate REFERRED_ON = LocalDate.of(2031, 3, 3);
    private static final LocalDate PANEL_ON = LocalDate.of(2031, 3, 26);
    private static final LocalDate REVIEWED_ON = LocalDate.of(2031, 4, 14);

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    Thornbury thornbury;

    @Inject
    PanelFixtures panelFixtures;

    @Inject
    GrantFixtures grantFixtures;

    @Inject
    Panels panels;

    @Inject
    MockMailbox mailbox;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private void at(LocalDate day) {
        clock.moveTo(day.atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    private static JsonPath kase(String user, String id) {
        return as(user).get("/api/v1/cases/" + id).then().statusCode(200).extract().jsonPath();
    }

    private UUID staffId(String username) {
        return FamilyFixtures.read(() -> thornbury.member(username).id());
    }

    @Test
    void aMonthOfEarlyHelp() {
        FamilyFixtures.useApp(root);
        mailbox.clear();
        at(REFERRED_ON);
        UUID fund = grantFixtures.fundOfPanel(grantFixtures.thornburyPanel(), 2030 - grantFixtures.thisYear());
        UUID meeting = panelFixtures.manager(() -> panels.addMeeting(grantFixtures.thornburyPanel(), PANEL_ON)).id();
        UUID familySupport = FamilyFixtures.read(() -> thornbury.service("Family Support Thornbury").id());

        // The school nurse registers the family and asks for early help; she accepts it for her service.
        String name = surname();
        UUID familyId = family("frontline2", address(places, RIVERSIDE), name + " family");
        addPerson("frontline2", familyId, with(with(person("Carys", name, "1983-07-19"), "relationship", "PARENT"), "confirmedNew", true));
        addPerson("frontline2", familyId, with(with(person("Idris", name, "1980-02-08"), "relationship", "PARENT"), "confirmedNew", true));
        UUID child = addPerson("frontline2", familyId, with(person("Bronwen", name, "2019-11-27"), "confirmedNew", true));
        Map<String, Object> referral = new HashMap<>();
        referral.put("childAtRiskOfSignificantHarm", false);
        referral.put("familyId", familyId.toString());
        referral.put("childIds", List.of(child.toString()));
        referral.put("referrerName", "Gwen Teacher");
        referral.put("referrerEmail", REFERRER);
        referral.put("reason", "Attendance has fallen to 72% and the family are in rent arrears");
        referral.put("needs", List.of(Map.of("description", "School attendance", "headline", "EDUCATION")));
        String caseId = as("frontline2").body(referral).post("/api/v1/referrals").then().statusCode(201)
                .body("owningService", equalTo("School Nursing Southbank")).extract().path("id");
        as("frontline2").body(Map.of("decision", "ACCEPTED", "workerId", staffId("frontline2").toString(),
                        "version", kase("frontline2", caseId).getLong("version")))
                .post("/api/v1/cases/" + caseId + "/referral-decision").then().statusCode(200)
                .body("loop.referralDecision", equalTo("ACCEPTED"));
        assertThat(mailbox.getMailsSentTo(REFERRER)).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("was accepted"));

        // Consent: both parents, for assessment and panel, refusing the police.
        UUID police = FamilyFixtures.read(() -> thornbury.agency("Shire Constabulary"));
        UUID council = FamilyFixtures.read(() -> thornbury.agency("Eastmoor District Council"));
        Map<String, Object> consent = new HashMap<>();
        consent.put("change", "GIVEN");
        consent.put("consenters", List.of(Map.of("name", "Carys " + name), Map.of("name", "Idris " + name)));
        consent.put("givenOn", REFERRED_ON.toString());
        consent.put("purposes", "Assessment, a Team Around the Family and the multi-agency panel");
        consent.put("panelDiscussion", true);
        consent.put("allowedAgencies", List.of(council.toString()));
        consent.put("refusedAgencies", List.of(police.toString()));
        consent.put("version", kase("frontline2", caseId).getLong("version"));
        as("frontline2").body(consent).post("/api/v1/cases/" + caseId + "/consent").then().statusCode(200)
                .body("status", equalTo("ASSESSMENT"));

        // The family moves to Northgate, outside the nurse's boundary: the case is offered to Family Support,
        // both see it until Family Support accepts it.
        Map<String, Object> move = new HashMap<>();
        move.put("kind", "HOME");
        move.put("addressId", address(places, MARKET_PLACE).toString());
        move.put("movedOn", REFERRED_ON.toString());
        move.put("version", as("frontline2").get("/api/v1/families/" + familyId).then().extract().jsonPath().getLong("version"));
        as("frontline2").body(move).post("/api/v1/families/" + familyId + "/moves").then().statusCode(200)
                .body("residences.size()", equalTo(2));
        as("frontline").get("/api/v1/cases/" + caseId).then().statusCode(200);
        Map<String, Object> offer = as("frontline").get("/api/v1/transfers/incoming").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("findAll { it.caseId == '" + caseId + "' }").get(0);
        assertThat(offer).containsEntry("cause", "MOVE");
        as("frontline").body(Map.of("accept", true, "reason", "We cover Northgate", "version", offer.get("version")))
                .post("/api/v1/cases/" + caseId + "/transfer/decision").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as("frontline").get("/api/v1/cases/" + caseId).then().body("owningService", equalTo("Family Support Thornbury"));
        as("frontline2").get("/api/v1/cases/" + caseId).then().statusCode(404);

        // Assessment with a goal for the need; a TAF meeting that adds an action; a home visit note.
        JsonPath c = kase("frontline", caseId);
        String need = c.getString("needs[0].id");
        Map<String, Object> assessment = new HashMap<>();
        assessment.put("strengths", Map.of("HEALTH", "Bronwen is healthy and loves drawing"));
        assessment.put("needs", Map.of("LEARNING", "Misses school on Mondays"));
        assessment.put("scores", Map.of(need, 3));
        assessment.put("goals", Map.of(need, Map.of("whatWillBeDifferent", "Bronwen goes to school every day",
                "measure", "Attendance in the school register, checked each half term")));
        assessment.put("complete", true);
        assessment.put("completedOn", REFERRED_ON.toString());
        assessment.put("version", c.getLong("version"));
        as("frontline").body(assessment).put("/api/v1/cases/" + caseId + "/assessment").then().statusCode(200)
                .body("status", equalTo("ACTIVE_PLAN")).body("needs[0].goal.measure", containsString("school register"));
        Map<String, Object> taf = new HashMap<>();
        taf.put("heldOn", REFERRED_ON.toString());
        taf.put("staff", List.of(staffId("frontline").toString()));
        taf.put("familyMembers", List.of(child.toString()));
        taf.put("agreed", "The school will phone home by 10am on any absence");
        taf.put("actions", List.of(Map.of("needId", need, "description", "Phone home on any absence",
                "ownerStaffId", staffId("frontline").toString(), "dueOn", REFERRED_ON.plusWeeks(2).toString())));
        taf.put("version", kase("frontline", caseId).getLong("version"));
        as("frontline").body(taf).post("/api/v1/cases/" + caseId + "/taf-meetings").then().statusCode(201);
        Map<String, Object> note = new HashMap<>();
        note.put("happenedOn", REFERRED_ON.toString());
        note.put("happenedAt", "09:30");
        note.put("type", "HOME_VISIT");
        note.put("seen", List.of(child.toString()));
        note.put("childSeenAlone", true);
        note.put("text", "Visited at home. Bronwen showed me her drawings; mornings are hard since the move.");
        as("frontline").body(note).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);

        // A grant request for the panel, and the case listed for a lead professional.
        Map<String, Object> grant = new HashMap<>();
        grant.put("caseId", caseId);
        grant.put("needId", need);
        grant.put("item", "School shoes and a winter coat");
        grant.put("category", "CLOTHING");
        grant.put("amountPence", 6_500);
        grant.put("cannotPayEvidence", "Universal Credit statement seen");
        grant.put("otherSourcesTried", "School uniform bank asked");
        grant.put("bringToPanel", true);
        grant.put("fundId", fund.toString());
        String grantId = as("frontline").body(grant).post("/api/v1/grant-requests").then().statusCode(201)
                .extract().path("id");
        as("frontline").body(Map.of("caseId", caseId, "kind", "NEW_REQUEST", "note", "Please allocate a lead professional"))
                .post("/api/v1/agenda-items").then().statusCode(201).body("meetingId", equalTo(meeting.toString()));

        // The panel meets: one meeting appoints the lead professional and makes the award.
        at(PANEL_ON);
        String base = "/api/v1/meetings/" + meeting;
        JsonPath agenda = as("chair").get(base + "/agenda").then().statusCode(200).extract().jsonPath();
        agenda = as("chair").body(Map.of("version", agenda.getLong("meeting.version"))).post(base + "/publication")
                .then().statusCode(200).extract().jsonPath();
        List<String> agencies = agenda.getList("meeting.attendance.agencyId");
        agenda = as("chair").body(Map.of("chairPresent", true, "version", agenda.getLong("meeting.version"),
                        "agencies", agencies.stream().map(a -> Map.of("agencyId", a, "status", "PRESENT")).toList()))
                .put(base + "/attendance").then().statusCode(200).extract().jsonPath();
        agenda = as("chair").body(Map.of("confidentialityAcknowledged", true, "version", agenda.getLong("meeting.version")))
                .post(base + "/session").then().statusCode(200).extract().jsonPath();
        String caseItem = agenda.getString("items.find { it.caseId == '" + caseId + "' && it.kind == 'NEW_REQUEST' }.id");
        String grantItem = agenda.getString("items.find { it.caseId == '" + caseId + "' && it.kind == 'GRANT_REQUEST' }.id");
        as("chair").body(Map.of("decision", "ALLOCATE_LEAD_PROFESSIONAL", "rationale", "Fran knows the school",
                        "leadProfessionalId", staffId("frontline").toString(),
                        "version", agenda.getLong("items.find { it.id == '" + caseItem + "' }.version")))
                .post(base + "/items/" + caseItem + "/decision").then().statusCode(200);
        as("chair").body(Map.of("decision", "AWARD_GRANT", "rationale", "Shoes now; the coat from the uniform bank",
                        "awardPence", 4_000, "version", agenda.getLong("items.find { it.id == '" + grantItem + "' }.version")))
                .post(base + "/items/" + grantItem + "/decision").then().statusCode(200);
        as("chair").body(Map.of("version", as("chair").get(base + "/agenda").then().extract().jsonPath().getLong("meeting.version")))
                .post(base + "/closure").then().statusCode(200);
        as("frontline").get("/api/v1/cases/" + caseId).then().body("leadProfessional.id", equalTo(staffId("frontline").toString()));
        as("frontline").get("/api/v1/grant-requests/" + grantId).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedPence", equalTo(4_000));
        List<Mail> told = mailbox.getMailsSentTo("frontline@eastmoor.example");
        assertThat(told).anySatisfy(m -> assertThat(m.getText()).contains(kase("frontline", caseId).getString("reference")));

        // The finance officer pays the award.
        long grantVersion = as("finance").get("/api/v1/grant-requests/" + grantId).then().extract().jsonPath().getLong("version");
        Map<String, Object> payment = new HashMap<>();
        payment.put("method", "PURCHASE_CARD");
        payment.put("reference", "PC-2031-0326");
        payment.put("paidOn", PANEL_ON.toString());
        payment.put("amountPence", 4_000);
        payment.put("receiptName", "receipt.png");
        payment.put("receipt", Base64.getEncoder().encodeToString(GrantFixtures.RECEIPT_PNG));
        payment.put("version", grantVersion);
        as("finance").body(payment).post("/api/v1/grant-requests/" + grantId + "/payment").then().statusCode(200)
                .body("status", equalTo("PAID"));

        // A review scored against the goal, then closure, which a manager signs off (never the worker who asked).
        at(REVIEWED_ON);
        as("frontline").body(Map.of("heldOn", REVIEWED_ON.toString(), "summary", "Attendance up to 94% since the move",
                        "needs", Map.of(need, Map.of("progress", "IMPROVED", "score", 8)),
                        "version", kase("frontline", caseId).getLong("version")))
                .post("/api/v1/cases/" + caseId + "/reviews").then().statusCode(201);
        as("frontline").body(Map.of("reason", "NEEDS_MET", "closedOn", REVIEWED_ON.toString(), "outcomes", Map.of(need, "MET"),
                        "note", "Attendance is back to normal", "version", kase("frontline", caseId).getLong("version")))
                .post("/api/v1/cases/" + caseId + "/closure").then().statusCode(200)
                .body("loop.awaitingSignOff.kind", equalTo("CLOSURE"));
        as("frontline").body(Map.of("decision", "SIGNED_OFF", "note", "Agreed",
                        "version", kase("frontline", caseId).getLong("version")))
                .post("/api/v1/cases/" + caseId + "/sign-off").then().statusCode(403);
        as("manager").body(Map.of("decision", "SIGNED_OFF", "note", "Needs met and evidenced at review",
                        "version", kase("manager", caseId).getLong("version")))
                .post("/api/v1/cases/" + caseId + "/sign-off").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("NEEDS_MET"));

        // A new referral months later is linked to the closed case as a re-referral.
        at(REVIEWED_ON.plusMonths(4));
        referral.put("reason", "Attendance has fallen again this term");
        String again = as("frontline").body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as("frontline").get("/api/v1/cases/" + again).then().body("loop.reReferralOf.id", equalTo(caseId));
        String againReference = as("frontline").get("/api/v1/cases/" + again).then().extract().path("reference");
        as("frontline").get("/api/v1/cases?q=" + againReference).then().body("id", hasItem(again));
    }
}
