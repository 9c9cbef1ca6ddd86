package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;

/**
 * The loops of a case over the API, with real tokens: the referral decision and the referrer told,
 * re-referrals, closure without consent, a manager's sign-off (never by who asked), step up and
 * children's social care's answer. Every refusal leaves the case as it was.
 */
@QuarkusTest
class CaseLoopsApiTest {

    private static final String REFERRER = "loops.referrer@school.example";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    StaffDirectory staff;

    @Inject
    MockMailbox mailbox;

    private UUID familyId;
    private UUID childId;

    @BeforeEach
    void aFamilyInNorthgate() {
        FamilyFixtures.useApp(root);
        mailbox.clear();
        String name = surname();
        familyId = family("frontline", address(places, FamilyFixtures.NORTHGATE), name + " family");
        addPerson("frontline", familyId, with(person("Loveday", name, FamilyFixtures.distinctBirthday(LocalDate.of(1975, 1, 1), 4000)), "relationship", "PARENT"));
        childId = addPerson("frontline", familyId, person("Tamsin", name, FamilyFixtures.distinctBirthday(LocalDate.of(2012, 1, 1), 2500)));
    }

    private RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    private String refer(String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("childAtRiskOfSignificantHarm", false);
        body.put("familyId", familyId.toString());
        body.put("childIds", List.of(childId.toString()));
        body.put("referrerName", "Jo Referrer");
        body.put("referrerEmail", email);
        body.put("referrerPhone", phone);
        body.put("reason", "Attendance has fallen this term");
        body.put("needs", List.of(Map.of("description", "School attendance", "headline", "EDUCATION")));
        return as("frontline").body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    private JsonPath read(String id) {
        return as("frontline").get("/api/v1/cases/" + id).then().statusCode(200).extract().jsonPath();
    }

    private long version(String id) {
        return read(id).getLong("version");
    }

    private UUID staffId(String username) {
        return FamilyFixtures.read(() -> staff.activeNames()).stream().filter(s -> s.username().equals(username))
                .map(StaffName::id).findFirst().orElseThrow();
    }

    private void consent(String id) {
        as("frontline").body(Map.of("change", "GIVEN", "consenters", List.of(Map.of("name", "Loveday Parent")),
                "givenOn", today().toString(), "purposes", "Assessment and sharing with the team", "panelDiscussion", true,
                "version", version(id))).post("/api/v1/cases/" + id + "/consent").then().statusCode(200);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    // --- The referral decision ------------------------------------------------------------------

    @Test
    void anAcceptedReferralIsAllocatedAndTheReferrerIsEmailedAfterwards() {
        String id = refer(REFERRER, null);
        as("frontline").body(Map.of("decision", "ACCEPTED", "workerId", staffId("frontline").toString(), "version", version(id)))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(200)
                .body("status", equalTo("AWAITING_CONSENT"))
                .body("loop.referralDecision", equalTo("ACCEPTED"))
                .body("loop.allocatedWorker.id", equalTo(staffId("frontline").toString()));
        List<Mail> mails = mailbox.getMailsSentTo(REFERRER);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.getText()).contains("was accepted").contains(read(id).getString("reference"));
            assertThat(m.getText()).doesNotContain("Tamsin");
        });
        // Decided once: a second decision is a conflict.
        as("frontline").body(Map.of("decision", "DECLINED", "reason", "x", "version", version(id)))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(409);
    }

    @Test
    void aReferralIsNotAllocatedToSomeoneOutsideTheOwningService() {
        String id = refer(REFERRER, null);
        as("frontline").body(Map.of("decision", "ACCEPTED", "workerId", staffId("frontline2").toString(), "version", version(id)))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(422).body("errors", hasKey("workerId"));
        assertThat(read(id).getString("loop.referralDecision")).isNull();
    }

    @Test
    void aDeclineNeedsAReasonThenClosesTheCaseAndTellsTheReferrer() {
        String id = refer(REFERRER, null);
        as("frontline").body(Map.of("decision", "DECLINED", "version", version(id)))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(422).body("errors", hasKey("reason"));
        assertThat(read(id).getString("status")).isEqualTo("AWAITING_CONSENT");
        assertThat(mailbox.getMailsSentTo(REFERRER)).isNullOrEmpty();
        as("frontline").body(Map.of("decision", "DECLINED", "reason", "Needs are met by the school's own support", "version", version(id)))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("REFERRAL_DECLINED"));
        assertThat(mailbox.getMailsSentTo(REFERRER)).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("declined").contains("school's own support"));
    }

    @Test
    void aReferrerWithoutEmailIsAPhoneCallForTheWorker() {
        String id = refer(null, "07700 900456");
        as("frontline").body(Map.of("decision", "SIGNPOSTED", "signpostedTo", "the children's centre stay and play", "version", version(id)))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("SIGNPOSTED"))
                .body("loop.referrerCalls[0].about", containsString("07700 900456"))
                .body("loop.referrerCalls[0].assignedTo", equalTo("frontline"));
        assertThat(mailbox.getTotalMessagesSent()).isZero();
    }

    @Test
    void aStaleDecisionIsRefused() {
        String id = refer(REFERRER, null);
        as("frontline").body(Map.of("decision", "DECLINED", "reason", "x", "version", version(id) + 7))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(409)
                .body(containsString("This case was changed by someone else"));
        assertThat(read(id).getString("status")).isEqualTo("AWAITING_CONSENT");
    }

    @Test
    void aWorkerOutsideTheBoundaryCannotDecideAndIsNotTold() {
        String id = refer(REFERRER, null);
        as("frontline2").body(Map.of("decision", "DECLINED", "reason", "x", "version", version(id)))
                .post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(404);
        as("member").body(Map.of()).post("/api/v1/cases/" + id + "/referral-decision").then().statusCode(404);
    }

    // --- Re-referral ------------------------------------------------------------------------------

    @Test
    void aNewReferralWithinAYearOfClosingIsLinkedToTheClosedCase() {
        String first = refer(REFERRER, null);
        as("frontline").body(Map.of("decision", "DECLINED", "reason", "Below threshold", "version", version(first)))
                .post("/api/v1/cases/" + first + "/referral-decision").then().statusCode(200);
        String second = refer(REFERRER, null);
        JsonPath again = read(second);
        assertThat(again.getString("loop.reReferralOf.id")).isEqualTo(first);
        assertThat(again.getString("loop.reReferralOf.reference")).isEqualTo(read(first).getString("reference"));
        assertThat(again.getString("loop.reReferralOf.closureReason")).isEqualTo("REFERRAL_DECLINED");
    }

    // --- Closure and sign-off ----------------------------------------------------------------------

    @Test
    void aCaseThatNeverReachedConsentClosesWithoutOutcomesOnceSignedOff() {
        String id = refer(REFERRER, null);
        String need = read(id).getString("needs[0].id");
        as("frontline").body(Map.of("reason", "DECLINED_OR_DID_NOT_ENGAGE", "outcomes", Map.of(need, "MET"), "version", version(id)))
                .post("/api/v1/cases/" + id + "/closure").then().statusCode(422).body("errors", hasKey("outcomes"));
        as("frontline").body(Map.of("reason", "DECLINED_OR_DID_NOT_ENGAGE", "note", "Three visits, no answer", "version", version(id)))
                .post("/api/v1/cases/" + id + "/closure").then().statusCode(200)
                .body("status", equalTo("AWAITING_CONSENT"))
                .body("loop.awaitingSignOff.kind", equalTo("CLOSURE"))
                .body("loop.awaitingSignOff.requestedBy", equalTo("frontline"));
        as("manager").body(Map.of("decision", "SIGNED_OFF", "note", "Contact attempts evidenced", "version", version(id)))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closureReason", equalTo("DECLINED_OR_DID_NOT_ENGAGE"))
                .body("needs[0].outcome", nullValue())
                .body("loop.awaitingSignOff", nullValue())
                .body("loop.lastSignOff.oversightNote", equalTo("Contact attempts evidenced"));
        assertThat(mailbox.getMailsSentTo(REFERRER)).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("Declined or did not engage"));
    }

    @Test
    void onlyAManagerWhoDidNotAskMaySignOffAndTheyMaySendItBack() {
        String id = refer(REFERRER, null);
        as("frontline").body(Map.of("reason", "SIGNPOSTED", "version", version(id))).post("/api/v1/cases/" + id + "/closure")
                .then().statusCode(200);
        // The worker who asked may not sign off their own closure, nor may any non-manager.
        as("frontline").body(Map.of("decision", "SIGNED_OFF", "note", "Fine", "version", version(id)))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(403);
        as("manager").body(Map.of("decision", "SIGNED_OFF", "version", version(id)))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(422).body("errors", hasKey("note"));
        as("manager").body(Map.of("decision", "SENT_BACK", "note", "Try a home visit first", "version", version(id)))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(200)
                .body("status", equalTo("AWAITING_CONSENT"))
                .body("loop.awaitingSignOff", nullValue())
                .body("loop.lastSignOff.state", equalTo("SENT_BACK"));
        // A manager asking for a closure cannot sign it off themselves either.
        as("manager").body(Map.of("reason", "SIGNPOSTED", "version", version(id))).post("/api/v1/cases/" + id + "/closure")
                .then().statusCode(200).body("loop.awaitingSignOff.requestedBy", equalTo("manager"));
        as("manager").body(Map.of("decision", "SIGNED_OFF", "note", "Mine", "version", version(id)))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(403).body(containsString("another manager"));
        assertThat(read(id).getString("status")).isEqualTo("AWAITING_CONSENT");
        assertThat(mailbox.getMailsSentTo(REFERRER)).isNullOrEmpty();
    }

    @Test
    void aStaleSignOffIsRefused() {
        String id = refer(REFERRER, null);
        as("frontline").body(Map.of("reason", "SIGNPOSTED", "version", version(id))).post("/api/v1/cases/" + id + "/closure")
                .then().statusCode(200);
        as("manager").body(Map.of("decision", "SIGNED_OFF", "note", "Agreed", "version", version(id) - 1))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(409);
        assertThat(read(id).getString("loop.awaitingSignOff.kind")).isEqualTo("CLOSURE");
    }

    // --- Step up -------------------------------------------------------------------------------------

    @Test
    void aStepUpWaitsForChildrensSocialCareThenReturnsOrCloses() {
        String id = refer(REFERRER, null);
        consent(id);
        as("frontline").body(Map.of("reason", "Disclosure at school", "version", version(id)))
                .post("/api/v1/cases/" + id + "/step-up").then().statusCode(422).body("errors", hasKey("mashReference"));
        as("frontline").body(Map.of("reason", "Disclosure at school", "mashReference", "MASH-77-1", "version", version(id)))
                .post("/api/v1/cases/" + id + "/step-up").then().statusCode(200)
                .body("status", equalTo("ASSESSMENT")).body("loop.awaitingSignOff.kind", equalTo("STEP_UP"));
        as("manager").body(Map.of("decision", "SIGNED_OFF", "note", "Threshold met", "version", version(id)))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(200)
                .body("status", equalTo("AWAITING_SOCIAL_CARE")).body("loop.mashReference", equalTo("MASH-77-1"));
        // Not accepted needs their reason; then the case is back in early help where it was.
        as("frontline").body(Map.of("accepted", false, "version", version(id)))
                .post("/api/v1/cases/" + id + "/step-up/decision").then().statusCode(422).body("errors", hasKey("reason"));
        as("frontline").body(Map.of("accepted", false, "reason", "Below the threshold: continue early help", "version", version(id)))
                .post("/api/v1/cases/" + id + "/step-up/decision").then().statusCode(200)
                .body("status", equalTo("ASSESSMENT")).body("loop.stepUpNotAccepted", containsString("Below the threshold"));
        // Stepped up again, signed off, and accepted this time: the case closes as stepped up.
        as("frontline").body(Map.of("reason", "Further disclosure", "mashReference", "MASH-77-2", "version", version(id)))
                .post("/api/v1/cases/" + id + "/step-up").then().statusCode(200);
        as("manager").body(Map.of("decision", "SIGNED_OFF", "note", "Agreed", "version", version(id)))
                .post("/api/v1/cases/" + id + "/sign-off").then().statusCode(200);
        as("frontline").body(Map.of("accepted", true, "version", version(id)))
                .post("/api/v1/cases/" + id + "/step-up/decision").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("STEPPED_UP"));
        as("frontline").body(Map.of("accepted", true, "version", version(id)))
                .post("/api/v1/cases/" + id + "/step-up/decision").then().statusCode(409);
    }
}
