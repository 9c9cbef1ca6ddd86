package org.placeworks.family.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.placeworks.family.FamilyFixtures.NORTHGATE;
import static org.placeworks.family.FamilyFixtures.SOUTHBANK;
import static org.placeworks.family.FamilyFixtures.addPerson;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.person;
import static org.placeworks.family.FamilyFixtures.read;
import static org.placeworks.family.FamilyFixtures.surname;
import static org.placeworks.family.FamilyFixtures.with;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.family.FamilyTimelineSource;
import org.placeworks.family.PeopleMerged;
import org.placeworks.family.TimelineEntry;
import org.placeworks.geography.Places;
import org.placeworks.organisation.StaffDirectory;

/** The family API against the real database: boundaries, validation, search, duplicates, merging, audit. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyApiTest {

    /** Stands in for caf: sees merges and adds to one family's timeline. */
    @ApplicationScoped
    public static class CaseFeature implements FamilyTimelineSource {
        static final List<PeopleMerged> MERGES = new CopyOnWriteArrayList<>();
        static volatile UUID familyWithCase;

        void merged(@Observes PeopleMerged event) {
            MERGES.add(event);
        }

        @Override
        public List<TimelineEntry> timelineOf(UUID familyId) {
            return familyId.equals(familyWithCase)
                    ? List.of(new TimelineEntry(Instant.now().plusSeconds(3600), "chair", "Early help case opened", "/cases/1"))
                    : List.of();
        }
    }

    @TestHTTPResource("/")
    java.net.URL root;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    UUID northgateFamily;
    String northgateSurname = surname();
    UUID northgatePerson;
    UUID southbankFamily;
    UUID sharedFamily;

    @BeforeAll
    void setUp() {
        FamilyFixtures.useApp(root);
        northgateFamily = FamilyFixtures.family("frontline", address(places, NORTHGATE), northgateSurname + " family");
        northgatePerson = addPerson("frontline", northgateFamily, person("Rosalind", northgateSurname, "2016-04-02"));
        southbankFamily = FamilyFixtures.family("frontline", address(places, SOUTHBANK), surname() + " family");
        sharedFamily = FamilyFixtures.family("frontline", address(places, NORTHGATE + 1), surname() + " family");
        UUID frontline2 = read(() -> staff.all()).stream().filter(s -> s.username().equals("frontline2")).findFirst().orElseThrow().id();
        FamilyFixtures.share("frontline", sharedFamily, frontline2);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void registeringAFamilyAnswersWithItsAddress() {
        String name = surname() + " family";
        given().contentType(ContentType.JSON).body(Map.of("name", name, "addressId", address(places, NORTHGATE + 2).toString()))
                .when().post("/api/v1/families").then().statusCode(201)
                .header("Location", containsString("/api/v1/families/"))
                .body("name", equalTo(name)).body("address.uprn", equalTo(NORTHGATE + 2)).body("people.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void registeringOutsideYourBoundaryOrAtAnUnknownAddressIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Outside family", "addressId", address(places, NORTHGATE).toString()))
                .when().post("/api/v1/families").then().statusCode(422).body("errors", hasKey("addressId"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Nowhere family", "addressId", UUID.randomUUID().toString()))
                .when().post("/api/v1/families").then().statusCode(422).body("errors", hasKey("addressId"));
        given().contentType(ContentType.JSON).body(Map.of("addressId", address(places, SOUTHBANK).toString()))
                .when().post("/api/v1/families").then().statusCode(422).body("errors", hasKey("name"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aFamilyOutsideTheBoundaryDoesNotExistForFrontline2() {
        given().when().get("/api/v1/families/" + northgateFamily).then().statusCode(404).body(not(containsString(northgateSurname)));
        given().when().get("/api/v1/people/" + northgatePerson).then().statusCode(404);
        given().when().get("/api/v1/families/" + northgateFamily + "/timeline").then().statusCode(404);
        given().queryParam("name", "Rosalind " + northgateSurname).when().get("/api/v1/people").then().statusCode(200)
                .body(not(containsString(northgateSurname)));
        given().when().get("/api/v1/families/" + southbankFamily).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aFamilyInsideTheBoundaryIsVisibleToFrontline() {
        given().when().get("/api/v1/families/" + northgateFamily).then().statusCode(200)
                .body("people[0].givenName", equalTo("Rosalind"));
        given().when().get("/api/v1/people/" + northgatePerson).then().statusCode(200).body("familyName", equalTo(northgateSurname));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aSharedFamilyBecomesVisibleToFrontline2() {
        given().when().get("/api/v1/families/" + sharedFamily).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aSharedFamilyIsReadOnlyForThoseItWasSharedWith() {
        given().contentType("application/json").body(FamilyFixtures.person("Neil", "Shared", "2019-01-01"))
                .when().post("/api/v1/families/" + sharedFamily + "/people").then().statusCode(403);
        given().contentType("application/json").body(java.util.Map.of("staffId", UUID.randomUUID().toString(), "reason", "x"))
                .when().post("/api/v1/families/" + sharedFamily + "/shares").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorManagesPlacesAndStaffButCannotReadFamilies() {
        given().when().get("/api/v1/families/" + northgateFamily).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerMayNotUseTheFamilyApi() {
        given().when().get("/api/v1/families/" + southbankFamily).then().statusCode(403);
        given().queryParam("name", "Smith").when().get("/api/v1/people").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void badInputNamesEachFieldAndSavesNothing() {
        UUID family = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 1), surname() + " family");
        String name = surname();
        String path = "/api/v1/families/" + family + "/people";
        given().contentType(ContentType.JSON).body(person("Ada", name, LocalDate.now().plusDays(3).toString()))
                .when().post(path).then().statusCode(422)
                .body("errors.dateOfBirth", equalTo("Date of birth must be today or in the past"));
        given().contentType(ContentType.JSON).body(with(person("Ada", name, "2017-01-01"), "nhsNumber", "943 476 5918"))
                .when().post(path).then().statusCode(422).body("errors", hasKey("nhsNumber"));
        given().contentType(ContentType.JSON).body(person("", name, "2017-01-01"))
                .when().post(path).then().statusCode(422).body("errors", hasKey("givenName"));
        given().contentType(ContentType.JSON).body(person("Ada", name, "2017-02-30"))
                .when().post(path).then().statusCode(422).body("errors", hasKey("dateOfBirth"));
        given().contentType(ContentType.JSON).body(with(person("Ada", name, "2017-01-01"), "interpreterNeeded", "perhaps"))
                .when().post(path).then().statusCode(422).body("errors", hasKey("interpreterNeeded"));
        given().contentType(ContentType.JSON).body(with(person("Ada", name, "2017-01-01"), "relationship", "COUSIN"))
                .when().post(path).then().statusCode(422).body("errors", hasKey("relationship"));
        given().when().get("/api/v1/families/" + family).then().statusCode(200).body("people.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anNhsNumberIsStoredAsDigitsAndAnUnbornChildHasAnExpectedDate() {
        UUID family = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 2), surname() + " family");
        String name = surname();
        Map<String, Object> baby = with(with(person("Baby", name, null), "expectedDate", LocalDate.now().plusMonths(2).toString()),
                "nhsNumber", null);
        given().contentType(ContentType.JSON).body(baby).when().post("/api/v1/families/" + family + "/people").then().statusCode(201)
                .body("dateOfBirth", nullValue()).body("expectedDate", equalTo(LocalDate.now().plusMonths(2).toString()));
        String nhs = FamilyFixtures.nhsNumber();
        given().contentType(ContentType.JSON).body(with(person("Theo", name, "2015-06-01"), "nhsNumber", nhs))
                .when().post("/api/v1/families/" + family + "/people").then().statusCode(201).body("nhsNumber", equalTo(nhs.replace(" ", "")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void searchFindsJonSmythForJohnSmith() {
        UUID family = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 3), "Smyth family");
        UUID jon = addPerson("frontline", family, with(person("Jon", "Smyth", "2014-09-09"), "confirmedNew", true));
        given().queryParam("name", "John Smith").when().get("/api/v1/people").then().statusCode(200)
                .body("person.id", hasItem(jon.toString()));
        String postcode = read(() -> places.addressByUprn(SOUTHBANK + 3).orElseThrow().postcode());
        given().queryParam("name", "john smith").queryParam("dateOfBirth", "2014-09-09").queryParam("postcode", postcode.toLowerCase().replace(" ", ""))
                .when().get("/api/v1/people").then().statusCode(200).body("person.id", hasItem(jon.toString()));
        given().queryParam("dateOfBirth", "2014-13-01").when().get("/api/v1/people").then().statusCode(422).body("errors", hasKey("dateOfBirth"));
        given().queryParam("postcode", "not a postcode").when().get("/api/v1/people").then().statusCode(422).body("errors", hasKey("postcode"));
        given().when().get("/api/v1/people").then().statusCode(422).body("errors", hasKey("name"));
        assertThat(history("person-search", "frontline", 5)).isNotEmpty();
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aLikelyDuplicateIsRefusedUntilConfirmedNew() {
        UUID family = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 4), surname() + " family");
        String name = surname();
        UUID first = addPerson("frontline", family, person("Kayleigh", name, "2019-05-05"));
        Map<String, Object> again = person("Kayley", name, "2019-05-05");
        given().contentType(ContentType.JSON).body(again).when().post("/api/v1/families/" + family + "/people").then().statusCode(409)
                .body("matches[0].person.id", equalTo(first.toString())).body("matches[0].familyName", containsString("family"));
        given().contentType(ContentType.JSON).body(with(again, "confirmedNew", true))
                .when().post("/api/v1/families/" + family + "/people").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aDuplicateOutsideTheBoundaryIsReportedWithoutDetails() {
        UUID family = FamilyFixtures.family("frontline2", address(places, SOUTHBANK + 5), surname() + " family");
        given().contentType(ContentType.JSON).body(person("Rosalind", northgateSurname, "2016-04-02"))
                .when().post("/api/v1/families/" + family + "/people").then().statusCode(409)
                .body("matches.size()", equalTo(1)).body("matches[0].person", nullValue())
                .body("matches[0].address", nullValue())
                .body("matches[0].notice", equalTo("A possible match is held by another service: contact Family Support Thornbury"))
                .body(not(containsString(northgatePerson.toString())));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aStaleChangeIsRefusedAndACurrentOneSaved() {
        UUID family = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 6), surname() + " family");
        String name = surname();
        UUID id = addPerson("frontline", family, person("Omar", name, "2012-12-12"));
        Map<String, Object> change = with(with(person("Omar", name, "2012-12-12"), "schoolOrSetting", "Thornbury Academy"), "version", 0);
        given().contentType(ContentType.JSON).body(change).when().put("/api/v1/people/" + id).then().statusCode(200)
                .body("schoolOrSetting", equalTo("Thornbury Academy")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(change).when().put("/api/v1/people/" + id).then().statusCode(409);
        assertThat(history("person", id, 10)).extracting(AuditEntryView::action).contains(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void mergingFillsTheKeptRecordFiresTheEventAndIsAudited() {
        UUID family = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 7), surname() + " family");
        String name = surname();
        UUID kept = addPerson("frontline", family, person("Leo", name, "2013-03-03"));
        String nhs = FamilyFixtures.nhsNumber().replace(" ", "");
        UUID duplicate = addPerson("frontline", family, with(with(person("Leon", name, "2013-03-03"), "nhsNumber", nhs),
                "confirmedNew", true));
        given().contentType(ContentType.JSON).body(Map.of("duplicatePersonId", duplicate.toString()))
                .when().post("/api/v1/people/" + kept + "/merges").then().statusCode(200)
                .body("id", equalTo(kept.toString())).body("nhsNumber", equalTo(nhs));
        assertThat(CaseFeature.MERGES).contains(new PeopleMerged(kept, duplicate));
        given().when().get("/api/v1/people/" + duplicate).then().statusCode(200).body("id", equalTo(kept.toString()));
        given().when().get("/api/v1/families/" + family).then().body("people.size()", equalTo(1));
        given().queryParam("name", "Leon " + name).when().get("/api/v1/people").then().body("person.id", not(hasItem(duplicate.toString())));
        assertThat(history("person", kept, 10)).anyMatch(e -> e.action() == AuditAction.UPDATE && e.summary().contains("Merged"));
        assertThat(history("person", duplicate, 10)).anyMatch(e -> e.summary().startsWith("Merged into"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theTimelineHoldsTheFamilysEventsAndOtherFeaturesNewestFirst() {
        String name = surname();
        UUID family = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 8), name + " family");
        addPerson("frontline", family, person("Isla", name, "2020-02-02"));
        CaseFeature.familyWithCase = family;
        given().when().get("/api/v1/families/" + family + "/timeline").then().statusCode(200)
                .body("[0].what", equalTo("Early help case opened"))
                .body("what", hasItem("Registered the " + name + " family"))
                .body("what", hasItem("Added Isla " + name + " to the " + name + " family"))
                .body("what", not(hasItem(containsString("Viewed"))));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void everyViewIsAudited() {
        given().when().get("/api/v1/families/" + southbankFamily).then().statusCode(200);
        assertThat(history("family", southbankFamily, 20))
                .anyMatch(e -> e.action() == AuditAction.VIEW && e.actor().equals("manager"));
        given().when().get("/api/v1/people/" + northgatePerson).then().statusCode(200);
        assertThat(history("person", northgatePerson, 20))
                .anyMatch(e -> e.action() == AuditAction.VIEW && e.actor().equals("manager"));
    }

    private List<AuditEntryView> history(String kind, Object id, int limit) {
        return read(() -> audit.history(kind, id, limit));
    }

    @Test
    void sharingWithSomeoneWhoIsNotStaffNamesTheField() {
        UUID familyId = FamilyFixtures.family("frontline", address(places, NORTHGATE), surname() + " family");
        given().auth().oauth2(FamilyFixtures.token("frontline")).contentType(ContentType.JSON)
                .body(Map.of("staffId", UUID.randomUUID().toString(), "reason", "Team Around the Family member"))
                .when().post("/api/v1/families/" + familyId + "/shares").then().statusCode(422)
                .body("errors.staffId", containsString("Select a member of staff"));
    }

    @Test
    void aNameWithADirectionOverrideOrTooLongIsRefused() {
        UUID familyId = FamilyFixtures.family("frontline", address(places, NORTHGATE), surname() + " family");
        given().auth().oauth2(FamilyFixtures.token("frontline")).contentType(ContentType.JSON)
                .body(with(person("Ann\u202eeb", surname(), "2015-04-02"), "relationship", "CHILD"))
                .when().post("/api/v1/families/" + familyId + "/people").then().statusCode(422)
                .body("errors.givenName", containsString("text direction"));
        given().auth().oauth2(FamilyFixtures.token("frontline")).contentType(ContentType.JSON)
                .body(with(person("Ann", surname(), "2015-04-02"), "disability", "x".repeat(100_000)))
                .when().post("/api/v1/families/" + familyId + "/people").then().statusCode(422)
                .body("errors.disability", containsString("characters or fewer"));
        given().auth().oauth2(FamilyFixtures.token("frontline"))
                .queryParam("name", "n".repeat(150)).when().get("/api/v1/people").then().statusCode(422)
                .body("errors.name", containsString("100 characters or fewer"));
    }

}
