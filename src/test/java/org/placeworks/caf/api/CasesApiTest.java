package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
import jakarta.inject.Inject;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;

/** Requests for support and cases over the API, with real tokens from Keycloak. */
@QuarkusTest
class CasesApiTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    private UUID familyId;
    private UUID childId;

    @BeforeEach
    void aFamilyInNorthgate() {
        FamilyFixtures.useApp(root);
        String name = surname();
        familyId = family("frontline", address(places, FamilyFixtures.NORTHGATE), name + " family");
        addPerson("frontline", familyId, with(person("Sam", name, "1985-03-02"), "relationship", "PARENT"));
        childId = addPerson("frontline", familyId, person("Ruby", name, "2017-06-14"));
    }

    private Map<String, Object> referral() {
        Map<String, Object> body = new HashMap<>();
        body.put("childAtRiskOfSignificantHarm", false);
        body.put("familyId", familyId.toString());
        body.put("childIds", List.of(childId.toString()));
        body.put("referrerName", "Pat Teacher");
        body.put("referrerEmail", "pat.teacher@school.example");
        body.put("reason", "Attendance has fallen to 70% this term");
        body.put("needs", List.of(Map.of("description", "School attendance", "headline", "EDUCATION")));
        return body;
    }

    private io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    @Test
    void aFrontlineWorkerMakesARequestForSupport() {
        String id = as("frontline").body(referral()).when().post("/api/v1/referrals").then().statusCode(201)
                .header("Location", containsString("/api/v1/cases/"))
                .body("status", equalTo("AWAITING_CONSENT"))
                .body("reference", notNullValue())
                .body("owningService", equalTo("Family Support Thornbury"))
                .body("needs[0].headline", equalTo("EDUCATION"))
                .body("nextDue", equalTo("Get the family's consent"))
                .extract().path("id");
        String reference = as("frontline").when().get("/api/v1/cases/" + id).then().extract().path("reference");
        as("frontline").when().get("/api/v1/cases?mine=true&q=" + reference).then().statusCode(200).body("id", hasItem(id));
        assertThat(FamilyFixtures.read(() -> audit.history("caf-case", id, 10)))
                .anySatisfy(e -> assertThat(e.summary()).contains("Request for support received"));
    }

    @Test
    void theSafeguardingScreenMustBeAnswered() {
        Map<String, Object> body = with(referral(), "childAtRiskOfSignificantHarm", null);
        body.remove("childAtRiskOfSignificantHarm");
        as("frontline").body(body).when().post("/api/v1/referrals").then().statusCode(422)
                .body("errors.childAtRiskOfSignificantHarm", containsString("safeguarding screen"));
    }

    @Test
    void aChildAtRiskIsNotEarlyHelpAndNothingIsOpened() {
        as("frontline").body(with(referral(), "childAtRiskOfSignificantHarm", true)).when().post("/api/v1/referrals")
                .then().statusCode(422).body("errors.childAtRiskOfSignificantHarm", containsString("children's social care"));
        as("frontline").when().get("/api/v1/cases").then().statusCode(200)
                .body("familyId", not(hasItem(familyId.toString())));
    }

    @Test
    void aReferralWithNoChildrenOrNeedsNamesEachField() {
        Map<String, Object> body = with(with(referral(), "childIds", List.of()), "needs", List.of());
        as("frontline").body(with(body, "referrerEmail", "not-an-email")).when().post("/api/v1/referrals")
                .then().statusCode(422)
                .body("errors.childIds", containsString("at least one child"))
                .body("errors.needs", containsString("at least one need"))
                .body("errors.referrerEmail", containsString("correct format"));
        as("frontline").when().get("/api/v1/cases").then().body("familyId", not(hasItem(familyId.toString())));
    }

    @Test
    void anUnknownReferrerAgencyIsNamedNotAFailure() {
        as("frontline").body(with(referral(), "referrerAgencyId", UUID.randomUUID().toString()))
                .when().post("/api/v1/referrals").then().statusCode(422)
                .body("errors.referrerAgencyId", containsString("Select the referrer's agency"));
        as("frontline").when().get("/api/v1/cases").then().body("familyId", not(hasItem(familyId.toString())));
    }

    @Test
    void aReferralDatedLongBeforeAnyRecordIsRefused() {
        as("frontline").body(with(referral(), "referredOn", "1900-01-01"))
                .when().post("/api/v1/referrals").then().statusCode(422)
                .body("errors.referredOn", containsString("must be in 2000 or later"));
        as("frontline").when().get("/api/v1/cases").then().body("familyId", not(hasItem(familyId.toString())));
    }

    @Test
    void aReferralWithTextThatCannotBeStoredNamesTheField() {
        as("frontline").body(with(referral(), "reason", "Needs help\u0000with school"))
                .when().post("/api/v1/referrals").then().statusCode(422)
                .body("errors.reason", containsString("control characters"));
    }

    @Test
    void aReferralWithoutAFamilyNamesTheField() {
        Map<String, Object> body = referral();
        body.remove("familyId");
        as("frontline").body(body).when().post("/api/v1/referrals").then().statusCode(422)
                .body("errors.familyId", containsString("Select the family"));
    }

    @Test
    void aNeedWithAnUnknownHeadlineOutcomeIsNamed() {
        as("frontline").body(with(referral(), "needs", List.of(Map.of("description", "x", "headline", "HAPPINESS"))))
                .when().post("/api/v1/referrals").then().statusCode(422)
                .body("errors.'needs[0].headline'", containsString("EDUCATION"));
    }

    @Test
    void anOwnerThatDoesNotCoverTheAddressIsRefused() {
        String schoolNursing = given().auth().oauth2(token("admin")).get("/api/v1/services").then().extract()
                .path("find { it.name == 'School Nursing Southbank' }.id");
        as("frontline").body(with(referral(), "owningServiceId", schoolNursing)).when().post("/api/v1/referrals")
                .then().statusCode(422).body("errors.owningServiceId", containsString("cannot own"));
    }

    @Test
    void aWorkerOfAnotherServiceCannotSeeTheCase() {
        String id = as("frontline").body(referral()).when().post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
        as("frontline2").when().get("/api/v1/cases/" + id).then().statusCode(404);
        as("frontline2").when().get("/api/v1/cases").then().statusCode(200).body("id", not(hasItem(id)));
        as("frontline2").body(referral()).when().post("/api/v1/referrals").then().statusCode(404);
    }

    @Test
    void rolesOutsideEarlyHelpAreRefused() {
        as("estate").when().get("/api/v1/cases").then().statusCode(403);
        as("admin").when().get("/api/v1/cases").then().statusCode(403);
        given().when().get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        as("frontline").when().get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theDemoTownHasCasesInEveryState() {
        for (String state : List.of("AWAITING_CONSENT", "ASSESSMENT", "ACTIVE_PLAN", "CLOSED")) {
            List<String> states = as("manager").when().get("/api/v1/cases?limit=1&status=" + state).then().statusCode(200)
                    .extract().path("status");
            assertThat(states).as(state).containsExactly(state);
        }
        // Open work first, overdue first: the first page holds the overdue cases.
        List<Boolean> overdue = as("manager").when().get("/api/v1/cases").then().extract().path("overdue");
        assertThat(overdue).contains(true);
        assertThat(overdue.get(0)).isTrue();
    }

    @Test
    void consentIsRecordedThenAmendedAndABadBodyNamesItsFields() {
        String id = as("frontline").contentType("application/json").body(referral()).when().post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        as("frontline").contentType("application/json").body(Map.of("change", "GIVEN", "purposes", "", "version", 0))
                .when().post("/api/v1/cases/" + id + "/consent").then().statusCode(422)
                .body(org.hamcrest.Matchers.containsString("consenters"))
                .body(org.hamcrest.Matchers.containsString("purposes"))
                .body(org.hamcrest.Matchers.containsString("panelDiscussion"))
                .body(org.hamcrest.Matchers.containsString("givenOn"));
        Map<String, Object> consent = new HashMap<>();
        consent.put("change", "GIVEN");
        consent.put("consenters", List.of(Map.of("name", "Sam Parent")));
        consent.put("givenOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
        consent.put("purposes", "Assessment and discussion at panel");
        consent.put("panelDiscussion", true);
        consent.put("version", 0);
        int version = as("frontline").contentType("application/json").body(consent).when()
                .post("/api/v1/cases/" + id + "/consent").then().statusCode(200)
                .body("consent.number", equalTo(1)).extract().path("version");
        consent.put("change", "RENEWED");
        consent.put("version", version);
        as("frontline").contentType("application/json").body(consent).when().post("/api/v1/cases/" + id + "/consent")
                .then().statusCode(200).body("consent.number", equalTo(2)).body("consent.change", equalTo("RENEWED"))
                .body("consent.earlier.size()", equalTo(1));
    }
}
