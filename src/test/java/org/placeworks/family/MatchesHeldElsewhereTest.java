package org.placeworks.family;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.RenderedForm;

/**
 * A person recorded outside the caller's boundary, found by a search or a duplicate check: the caller
 * is told only that a possible match is held by another service and whom to contact, never anything
 * about the person, and the person's own trail records that they were reported. Pages and API alike.
 * Philippa lives in Northgate, which Family Support Thornbury covers and School Nursing Southbank
 * (frontline2) does not.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchesHeldElsewhereTest {

    static final String NOTICE = "A possible match is held by another service: contact Family Support Thornbury";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    final String surname = surname();
    /** A second person held in Northgate, for the merge page, so that no other test finds the record made there. */
    final String otherSurname = surname();
    final String nhsNumber = FamilyFixtures.nhsNumber();
    final String familyName = surname() + " family";
    UUID philippa;
    String northgateAddress;
    UUID southbankFamily;

    @BeforeAll
    void setUp() {
        FamilyFixtures.useApp(root);
        UUID northgate = FamilyFixtures.family("frontline", address(places, NORTHGATE + 40), familyName);
        philippa = addPerson("frontline", northgate, with(with(person("Philippa", surname, "2015-09-14"), "nhsNumber", nhsNumber),
                "schoolOrSetting", "Northgate Primary"));
        addPerson("frontline", northgate, person("Tobias", otherSurname, "2015-01-09"));
        northgateAddress = read(() -> places.addressByUprn(NORTHGATE + 40).orElseThrow().oneLine());
        southbankFamily = FamilyFixtures.family("frontline2", address(places, SOUTHBANK + 40), surname() + " family");
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theApiDuplicateCheckNamesOnlyTheServiceToContact() {
        Response refused = given().contentType(ContentType.JSON).body(person("Philippa", surname, "2015-09-14"))
                .when().post("/api/v1/families/" + southbankFamily + "/people");

        refused.then().statusCode(409)
                .body("matches.size()", equalTo(1))
                .body("matches[0].notice", equalTo(NOTICE))
                .body("matches[0].heldBy", equalTo("Family Support Thornbury"))
                .body("matches[0].person", nullValue())
                .body("matches[0].familyName", nullValue())
                .body("matches[0].address", nullValue())
                .body("matches[0].similarity", nullValue());
        assertConfirmsNothing(refused.asString());
        assertReported("duplicate check");
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theApiDuplicateCheckByNhsNumberAloneConfirmsNeitherNameNorBirth() {
        Response refused = given().contentType(ContentType.JSON)
                .body(with(person("Nobody", surname(), "2020-01-01"), "nhsNumber", nhsNumber))
                .when().post("/api/v1/families/" + southbankFamily + "/people");

        refused.then().statusCode(409).body("matches.notice", equalTo(List.of(NOTICE)));
        assertConfirmsNothing(refused.asString());
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theApiSearchSaysAPossibleMatchIsHeldElsewhere() {
        Response found = given().queryParam("name", "Philippa " + surname).when().get("/api/v1/people");

        found.then().statusCode(200).body("notice", equalTo(List.of(NOTICE))).body("person", equalTo(java.util.Collections.singletonList(null)));
        assertConfirmsNothing(found.asString());
        assertReported("search");
        assertThat(read(() -> audit.history("person-search", "frontline2", 5))).extracting(AuditEntryView::summary)
                .anyMatch(s -> s.contains("possible matches held by 1 other service"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aLooseNameElsewhereIsNotReportedBySearch() {
        given().queryParam("name", "Rosa " + surname.substring(0, 5) + "xyzq").when().get("/api/v1/people").then().statusCode(200)
                .body("notice", not(hasItem(NOTICE)));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aServiceWhoseBoundaryHoldsThePersonSeesThemInFull() {
        given().queryParam("name", "Philippa " + surname).when().get("/api/v1/people").then().statusCode(200)
                .body("person.id", hasItem(philippa.toString())).body("familyName", hasItem(familyName))
                .body("notice", not(hasItem(NOTICE)));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theSearchPageSaysAPossibleMatchIsHeldElsewhere() {
        Response page = RenderedForm.open("/families").set("name", "Philippa " + surname).submit();

        page.then().statusCode(200).body(containsString(NOTICE)).body(containsString("No one found"));
        assertConfirmsNothing(page.asString());
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theAddPersonPageNamesOnlyTheServiceToContact() {
        Response page = RenderedForm.open("/families/" + southbankFamily + "/people/new")
                .set("givenName", "Philippa").set("familyName", surname).date("dateOfBirth", 14, 9, 2015)
                .set("relationship", "CHILD").submit();

        page.then().statusCode(409).body(containsString("Likely matches")).body(containsString(NOTICE))
                .body(not(containsString("Use this person")));
        assertConfirmsNothing(page.asString());
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theMergePageNamesOnlyTheServiceToContactAboutARecordItCannotMerge() {
        UUID own = addPerson("frontline2", southbankFamily, with(person("Tobias", otherSurname, "2015-01-09"), "confirmedNew", true));

        Response page = given().when().get("/people/" + own + "/merge");

        page.then().statusCode(200).body(containsString(NOTICE)).body(containsString("No other record that you can see"));
        assertConfirmsNothing(page.asString());
    }

    /** Nothing the caller did not type: not the record, its family, address, school, NHS number or how alike it is. */
    private void assertConfirmsNothing(String body) {
        assertThat(body).doesNotContain(philippa.toString()).doesNotContain(familyName).doesNotContain(northgateAddress)
                .doesNotContain("Northgate Primary").doesNotContain("another service's area").doesNotContain("similarity\":");
    }

    private void assertReported(String asked) {
        assertThat(read(() -> audit.history("person", philippa, 20)))
                .anyMatch(e -> e.actor().equals("frontline2") && e.summary().contains(asked)
                        && e.summary().contains("Family Support Thornbury"));
    }
}
