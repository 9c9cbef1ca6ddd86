package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.placeworks.family.FamilyFixtures.addPerson;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.family;
import static org.placeworks.family.FamilyFixtures.person;
import static org.placeworks.family.FamilyFixtures.surname;
import static org.placeworks.family.FamilyFixtures.token;
import static org.placeworks.family.FamilyFixtures.with;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.organisation.Thornbury;

/**
 * Cases moving between services over the API, with real tokens: a move out of the owning service's
 * boundary offers the case to the service that covers the new address, both see it until that service
 * answers; an offer made for a change of lead agency, accepted or declined with a reason; the refusals.
 */
@QuarkusTest
class TransfersApiTest {

    /** Riverside (Southbank ward): Family Support Thornbury and School Nursing Southbank both cover it. */
    static final long RIVERSIDE = 100090000171L;
    /** Market Place (Northgate ward): Family Support Thornbury covers it; School Nursing Southbank does not. */
    static final long MARKET_PLACE = 100090000007L;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    Thornbury thornbury;

    @Inject
    AuditTrail audit;

    private UUID schoolNursing;
    private UUID familySupport;

    @BeforeEach
    void services() {
        FamilyFixtures.useApp(root);
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        schoolNursing = FamilyFixtures.read(() -> thornbury.service("School Nursing Southbank").id());
        familySupport = FamilyFixtures.read(() -> thornbury.service("Family Support Thornbury").id());
    }

    @Test
    void aMoveOutOfTheOwningServicesBoundaryOffersTheCaseAndBothServicesSeeItUntilItIsAccepted() {
        UUID familyId = familyWithChild("frontline2", RIVERSIDE, "2014-10-23");
        String caseId = refer("frontline2", familyId, schoolNursing);
        assertThat(as("frontline").get("/api/v1/cases/" + caseId).statusCode()).as("Family Support only knows it exists").isEqualTo(403);

        long version = familyVersion("frontline2", familyId);
        as("frontline2").body(move("HOME", address(places, MARKET_PLACE), null, null, LocalDate.now(), version))
                .post("/api/v1/families/" + familyId + "/moves").then().statusCode(200)
                .body("residences.size()", equalTo(2))
                .body("residences[0].to", equalTo(null))
                .body("residences[1].to", equalTo(LocalDate.now().toString()));

        // Offered to Family Support: both services see the case, and the family, until Family Support answers.
        as("frontline2").get("/api/v1/cases/" + caseId).then().statusCode(200).body("owningService", equalTo("School Nursing Southbank"));
        as("frontline2").get("/api/v1/families/" + familyId).then().statusCode(200);
        as("frontline").get("/api/v1/cases/" + caseId).then().statusCode(200);
        // Lists agree (filtered in SQL): the chair of the receiving service lists it, as does the nurse who referred it.
        String reference = as("frontline").get("/api/v1/cases/" + caseId).then().extract().path("reference");
        as("chair").get("/api/v1/cases?q=" + reference).then().statusCode(200).body("id", hasItem(caseId));
        as("frontline2").get("/api/v1/cases?q=" + reference).then().statusCode(200).body("id", hasItem(caseId));
        Map<String, Object> offer = as("frontline").get("/api/v1/transfers/incoming").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("findAll { it.caseId == '" + caseId + "' }").get(0);
        assertThat(offer).containsEntry("cause", "MOVE").containsEntry("toService", "Family Support Thornbury")
                .containsEntry("status", "PENDING");
        as("frontline2").get("/api/v1/transfers/incoming").then().statusCode(200).body("caseId", not(hasItem(caseId)));

        // Only the receiving service answers; a stale answer is refused.
        int transferVersion = ((Number) offer.get("version")).intValue();
        as("frontline2").body(decision(true, null, transferVersion)).post("/api/v1/cases/" + caseId + "/transfer/decision")
                .then().statusCode(403);
        as("frontline").body(decision(true, null, transferVersion + 7)).post("/api/v1/cases/" + caseId + "/transfer/decision")
                .then().statusCode(409);
        as("frontline").body(decision(true, "We know the school", transferVersion)).post("/api/v1/cases/" + caseId + "/transfer/decision")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        as("frontline").get("/api/v1/cases/" + caseId).then().statusCode(200).body("owningService", equalTo("Family Support Thornbury"));
        as("frontline2").get("/api/v1/cases/" + caseId).then().statusCode(404);
        as("frontline2").get("/api/v1/families/" + familyId).then().statusCode(404);
        as("frontline").get("/api/v1/cases/" + caseId + "/transfers").then().statusCode(200).body("status", equalTo(List.of("ACCEPTED")));
        as("frontline").get("/api/v1/families/" + familyId + "/timeline").then().statusCode(200)
                .body("what", hasItem(containsString("Accepted by Family Support Thornbury, moved from School Nursing Southbank")));
        assertThat(FamilyFixtures.read(() -> audit.history("caf-case", UUID.fromString(caseId), 100)))
                .anySatisfy(e -> assertThat(e.summary()).contains("Offered to Family Support Thornbury"))
                .anySatisfy(e -> assertThat(e.action() == AuditAction.UPDATE && e.summary().contains("Accepted by")).isTrue());
    }

    @Test
    void aCaseIsOfferedForAChangeOfLeadAgencyWithAReasonAndDeclinedWithAReason() {
        UUID familyId = familyWithChild("frontline", RIVERSIDE, "2015-01-19");
        String caseId = refer("frontline", familyId, familySupport);
        long version = caseVersion("frontline", caseId);

        as("frontline").body(offer(schoolNursing, " ", version)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(422).body("errors", hasKey("reason"));
        as("frontline2").body(offer(schoolNursing, "x", version)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(403);
        as("frontline").body(offer(schoolNursing, "x", version - 1)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(409);
        as("frontline").body(offer(schoolNursing, "The school nurse leads for the family now", version))
                .post("/api/v1/cases/" + caseId + "/transfer").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("cause", equalTo("LEAD_AGENCY"));
        as("frontline").body(offer(schoolNursing, "Again", version)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(409).body("detail", containsString("already offered"));

        // The school nurse, who only knew the case existed, now sees it to answer.
        int transferVersion = as("frontline2").get("/api/v1/cases/" + caseId + "/transfers").then().statusCode(200)
                .extract().path("[0].version");
        as("frontline2").body(decision(false, " ", transferVersion)).post("/api/v1/cases/" + caseId + "/transfer/decision")
                .then().statusCode(422).body("errors", hasKey("reason"));
        as("frontline2").body(decision(null, null, transferVersion)).post("/api/v1/cases/" + caseId + "/transfer/decision")
                .then().statusCode(422).body("errors", hasKey("accept"));
        as("frontline2").body(decision(false, "No capacity this term", transferVersion))
                .post("/api/v1/cases/" + caseId + "/transfer/decision").then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("decisionReason", equalTo("No capacity this term"));
        as("frontline2").get("/api/v1/cases/" + caseId).then().statusCode(403);
        as("frontline").get("/api/v1/cases/" + caseId).then().statusCode(200).body("owningService", equalTo("Family Support Thornbury"));
        as("frontline").body(decision(true, null, transferVersion)).post("/api/v1/cases/" + caseId + "/transfer/decision")
                .then().statusCode(409);
    }

    @Test
    void aTransferToAServiceWhoseBoundaryDoesNotHoldTheFamilyIsRefused() {
        UUID familyId = familyWithChild("frontline", MARKET_PLACE, "2016-05-31");
        String caseId = refer("frontline", familyId, familySupport);
        long version = caseVersion("frontline", caseId);
        UUID streetScene = FamilyFixtures.read(() -> thornbury.service("Street Scene Thornbury").id());

        as("frontline").body(offer(schoolNursing, "The nurse knows them", version)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(422).body("errors.toServiceId", containsString("cannot own"));
        as("frontline").body(offer(streetScene, "Not early help", version)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(422).body("errors", hasKey("toServiceId"));
        as("frontline").body(offer(familySupport, "Itself", version)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(422).body("errors", hasKey("toServiceId"));
        as("frontline").get("/api/v1/cases/" + caseId + "/transfers").then().statusCode(200).body("size()", equalTo(0));
        // Someone who may not know of the case learns nothing, whatever they send.
        as("frontline2").body(offer(schoolNursing, "x", version)).post("/api/v1/cases/" + caseId + "/transfer")
                .then().statusCode(404);
        as("frontline2").body(Map.of()).post("/api/v1/cases/" + caseId + "/transfer/decision").then().statusCode(404);
    }

    @Test
    void aManagersDirectMoveSettlesAnOfferAwaitingAnswer() {
        UUID familyId = familyWithChild("frontline", RIVERSIDE, "2012-08-08");
        String caseId = refer("frontline", familyId, familySupport);
        as("frontline").body(offer(schoolNursing, "The nurse leads", caseVersion("frontline", caseId)))
                .post("/api/v1/cases/" + caseId + "/transfer").then().statusCode(201);
        UUID id = UUID.fromString(caseId);
        org.placeworks.identity.ActingAs acting = io.quarkus.arc.Arc.container().instance(org.placeworks.identity.ActingAs.class).get();
        org.placeworks.caf.CaseWork work = io.quarkus.arc.Arc.container().instance(org.placeworks.caf.CaseWork.class).get();
        acting.run("manager", java.util.Set.of(org.placeworks.identity.Roles.MANAGER),
                () -> work.reassign(id, schoolNursing, "Agreed at the locality meeting", caseVersion("manager", caseId)));
        as("frontline2").get("/api/v1/cases/" + caseId + "/transfers").then().statusCode(200).body("[0].status", equalTo("ACCEPTED"));
        as("frontline2").get("/api/v1/cases/" + caseId).then().statusCode(200).body("owningService", equalTo("School Nursing Southbank"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    private UUID familyWithChild(String user, long uprn, String dateOfBirth) {
        String name = surname();
        UUID familyId = family(user, address(places, uprn), name + " family");
        addPerson(user, familyId, with(with(person("Marisol", name, "1981-12-03"), "relationship", "PARENT"), "confirmedNew", true));
        addPerson(user, familyId, with(person("Tobiah", name, dateOfBirth), "confirmedNew", true));
        return familyId;
    }

    private String refer(String user, UUID familyId, UUID serviceId) {
        List<String> children = as(user).get("/api/v1/families/" + familyId).then().statusCode(200)
                .extract().path("people.findAll { it.relationship == 'CHILD' }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("childAtRiskOfSignificantHarm", false);
        body.put("familyId", familyId.toString());
        body.put("childIds", children);
        body.put("referrerName", "Pat Teacher");
        body.put("referrerEmail", "pat.teacher@school.example");
        body.put("reason", "Attendance has fallen");
        body.put("owningServiceId", serviceId.toString());
        body.put("needs", List.of(Map.of("description", "School attendance", "headline", "EDUCATION")));
        return as(user).body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    private long familyVersion(String user, UUID familyId) {
        return ((Number) as(user).get("/api/v1/families/" + familyId).then().statusCode(200).extract().path("version")).longValue();
    }

    private long caseVersion(String user, String caseId) {
        return ((Number) as(user).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().path("version")).longValue();
    }

    static Map<String, Object> move(String kind, UUID addressId, String description, UUID areaId, LocalDate on, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("addressId", addressId == null ? null : addressId.toString());
        body.put("description", description);
        body.put("areaId", areaId == null ? null : areaId.toString());
        body.put("movedOn", on == null ? null : on.toString());
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> offer(UUID to, String reason, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("toServiceId", to.toString());
        body.put("reason", reason);
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> decision(Boolean accept, String reason, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("accept", accept);
        body.put("reason", reason);
        body.put("version", version);
        return body;
    }
}
