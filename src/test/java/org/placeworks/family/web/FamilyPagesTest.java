package org.placeworks.family.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
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
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The family pages: post-redirect-get, errors linked to fields, duplicates, merging, boundaries and roles. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    UUID northgateFamily;
    String northgateName = surname();
    UUID southbankFamily;

    @BeforeAll
    void setUp() {
        FamilyFixtures.useApp(root);
        northgateFamily = FamilyFixtures.family("frontline", address(places, NORTHGATE + 20), northgateName + " family");
        southbankFamily = FamilyFixtures.family("frontline", address(places, SOUTHBANK + 20), surname() + " family");
    }

    private static RequestSpecification personForm(String formPage, String given, String family, String day, String month, String year) {
        return personForm(Forms.from(formPage), given, family, day, month, year);
    }

    private static RequestSpecification personForm(RequestSpecification form, String given, String family, String day, String month,
            String year) {
        return form.formParam("givenName", given).formParam("familyName", family)
                .formParam("dateOfBirth-day", day).formParam("dateOfBirth-month", month).formParam("dateOfBirth-year", year)
                .formParam("relationship", "CHILD").formParam("livesHere", "yes").formParam("interpreterNeeded", "no")
                .formParam("sex", "MALE").formParam("ethnicity", "WBRI");
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theSearchPageOffersASearchAndRegistration() {
        given().when().get("/families").then().statusCode(200)
                .body(containsString("Find a person")).body(containsString("href=\"/families/new\""));
    }

    /**
     * Pages are encoded by our own writer (shared.web.PageBytes), not the framework's: names from any script reach the
     * browser as the UTF-8 the page declares, whether their characters fit in Latin-1 (the text is copied in bulk) or
     * not. Encoded as Latin-1, "Łucja" reaches the browser as "?ucja".
     */
    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void namesInAnyScriptReachTheBrowserAsUtf8() {
        addPerson("frontline", northgateFamily, person("Łucja", "Nguyễn-" + northgateName, "2015-03-04"));
        addPerson("frontline", northgateFamily, person("Siân", northgateName, "2016-05-06"));
        var response = given().when().get("/families/" + northgateFamily).then().statusCode(200).extract();
        assertThat(response.contentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(new String(response.asByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Łucja").contains("Nguyễn-" + northgateName).contains("Siân");
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void registeringAFamilyRedirectsToItsPage() {
        given().queryParam("addressQuery", "TB1").when().get("/families/new").then().statusCode(200)
                .body(containsString("name=\"addressId\""));
        String name = surname() + " family";
        String location = RenderedForm.open("/families/new?addressQuery=" + (NORTHGATE + 21), "/families/new").set("name", name)
                .set("addressId", address(places, NORTHGATE + 21).toString())
                .submit().then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/families/[0-9a-f-]{36}$");
        given().when().get(location).then().statusCode(200).body(containsString(name)).body(containsString("Add a person"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void registeringOutsideYourBoundaryIsRefusedOnTheForm() {
        given().queryParam("addressQuery", "TB1 1AA").when().get("/families/new").then().statusCode(200)
                .body(containsString("No address you cover matches"));
        Forms.forged("/families/new").formParam("name", "Outside family")
                .formParam("addressId", address(places, NORTHGATE).toString())
                .when().post("/families/new").then().statusCode(422)
                .body(containsString("href=\"#addressId\"")).body(containsString("outside your service"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void addingAPersonShowsThemOnTheFamilyPage() {
        String name = surname();
        String form = "/families/" + southbankFamily + "/people/new";
        given().when().get(form).then().statusCode(200).body(containsString("id=\"dateOfBirth\""));
        String nhs = FamilyFixtures.nhsNumber();
        String location = personForm(form, "Harvey", name, "7", "8", "2017").formParam("nhsNumber", nhs.replace(" ", ""))
                .when().post(form).then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/families/" + southbankFamily + "#person-");
        given().when().get("/families/" + southbankFamily).then().statusCode(200)
                .body(containsString("Harvey " + name)).body(containsString("7 August 2017")).body(containsString(nhs))
                .body(containsString("Added Harvey " + name));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void addingAPersonThroughTheRenderedFormSavesTheirDateOfBirth() {
        String name = surname();
        String form = "/families/" + southbankFamily + "/people/new";
        RenderedForm.open(form).set("givenName", "Martha").set("familyName", name).date("dateOfBirth", 3, 4, 2019)
                .set("relationship", "CHILD").submit().then().statusCode(303);
        given().when().get("/families/" + southbankFamily).then().statusCode(200)
                .body(containsString("Martha " + name)).body(containsString("3 April 2019"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void changingAPersonThroughTheRenderedFormSavesTheirNewDateOfBirth() {
        String name = surname();
        UUID id = addPerson("frontline", southbankFamily, person("Ezra", name, "2012-02-12"));
        RenderedForm form = RenderedForm.open("/people/" + id + "/edit");
        assertThat(form.value("dateOfBirth-day")).isEqualTo("12");
        form.date("dateOfBirth", 13, 3, 2012).submit().then().statusCode(303);
        given().when().get("/families/" + southbankFamily).then().statusCode(200).body(containsString("13 March 2012"))
                .body(not(containsString("12 February 2012")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theSearchFormFiltersByDateOfBirth() {
        String name = surname();
        addPerson("frontline", southbankFamily, person("Ada", name, "2014-05-14"));
        addPerson("frontline", southbankFamily, with(person("Ada", name, "2016-07-16"), "confirmedNew", true));
        RenderedForm.open("/families").set("name", "Ada " + name).date("dateOfBirth", 16, 7, 2016).submit().then()
                .statusCode(200).body(containsString("16 July 2016")).body(not(containsString("14 May 2014")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void badInputIsShownAgainstEachFieldAndNothingIsSaved() {
        String name = surname();
        String form = "/families/" + southbankFamily + "/people/new";
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        personForm(form, "Ivy", name, String.valueOf(tomorrow.getDayOfMonth()), String.valueOf(tomorrow.getMonthValue()),
                String.valueOf(tomorrow.getYear())).when().post(form).then().statusCode(422)
                .body(containsString("href=\"#dateOfBirth\"")).body(containsString("Date of birth must be today or in the past"))
                .body(containsString("value=\"Ivy\""));
        personForm(form, "Ivy", name, "31", "2", "2018").when().post(form).then().statusCode(422)
                .body(containsString("Date of birth must be a real date"));
        personForm(form, "Ivy", name, "1", "2", "2018").formParam("nhsNumber", "943 476 5918").when().post(form).then().statusCode(422)
                .body(containsString("href=\"#nhsNumber\""));
        personForm(form, "", name, "1", "2", "2018").when().post(form).then().statusCode(422)
                .body(containsString("href=\"#givenName\"")).body(containsString("Enter their first name"));
        given().when().get("/families/" + southbankFamily).then().statusCode(200).body(not(containsString(name)));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aLikelyDuplicateIsShownFirstThenConfirmedAsNew() {
        String name = surname();
        UUID existing = addPerson("frontline", northgateFamily, person("Freya", name, "2018-10-10"));
        String form = "/families/" + southbankFamily + "/people/new";
        personForm(form, "Freyja", name, "10", "10", "2018").when().post(form).then().statusCode(409)
                .body(containsString("Likely matches")).body(containsString("Use this person"))
                .body(containsString("#person-" + existing)).body(containsString("name=\"confirmedNew\" value=\"true\""))
                .body(containsString("This is a new person"));
        // The confirmation is on the page shown with the matches, not on the blank form.
        personForm(Forms.forged(form), "Freyja", name, "10", "10", "2018").formParam("confirmedNew", "true")
                .when().post(form).then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void changingAPersonNeedsTheCurrentVersion() {
        String name = surname();
        UUID id = addPerson("frontline", southbankFamily, person("Noah", name, "2011-01-11"));
        String form = "/people/" + id + "/edit";
        given().when().get(form).then().statusCode(200).body(containsString("name=\"version\" value=\"0\""))
                .body(containsString("value=\"Noah\""));
        personForm(form, "Noah", name, "11", "1", "2011").formParam("version", "0").formParam("schoolOrSetting", "Riverside Juniors")
                .when().post(form).then().statusCode(303);
        personForm(form, "Noah", name, "11", "1", "2011").formParam("version", "0")
                .when().post(form).then().statusCode(409).body(containsString("was changed by someone else"));
        given().when().get("/families/" + southbankFamily).then().body(containsString("Riverside Juniors"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void mergingTwoRecordsKeepsTheChosenOneAndHidesTheOther() {
        String name = surname();
        UUID keep = addPerson("frontline", southbankFamily, person("Archie", name, "2016-06-16"));
        UUID duplicate = addPerson("frontline", southbankFamily, with(person("Archy", name, "2016-06-16"), "confirmedNew", true));
        String form = "/people/" + duplicate + "/merge";
        given().when().get(form).then().statusCode(200).body(containsString("value=\"" + keep + "\""));
        Forms.from(form).formParam("keep", "other").when().post(form).then().statusCode(422).body(containsString("href=\"#otherId\""));
        RenderedForm.open(form, form).set("otherId", keep.toString()).set("keep", "other")
                .submit().then().statusCode(303).header("Location", containsString("#person-" + keep));
        given().when().get("/families/" + southbankFamily).then().statusCode(200)
                .body(containsString("Archie " + name)).body(not(containsString("Archy " + name + "</td>")))
                .body(containsString("Merged a duplicate record of Archy " + name));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aFamilyOutsideTheBoundaryIsNotFoundForFrontline2() {
        given().when().get("/families/" + northgateFamily).then().statusCode(404).body(not(containsString(northgateName)));
        given().when().get("/families/" + northgateFamily + "/people/new").then().statusCode(404);
        given().when().get("/families/" + southbankFamily).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aFamilyInsideTheBoundaryIsShownToFrontlineAndTheViewAudited() {
        given().when().get("/families/" + northgateFamily).then().statusCode(200).body(containsString(northgateName))
                .body(containsString("Registered the " + northgateName + " family"));
        List<AuditEntryView> history = read(() -> audit.history("family", northgateFamily, 20));
        assertThat(history).anyMatch(e -> e.action() == AuditAction.VIEW && e.actor().equals("frontline"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void searchingByNameShowsMatchesWithALinkToTheFamily() {
        String name = surname();
        UUID id = addPerson("frontline", southbankFamily, person("Poppy", name, "2019-01-19"));
        given().queryParam("name", "Popy " + name).when().get("/families").then().statusCode(200)
                .body(containsString("Poppy " + name)).body(containsString("#person-" + id)).body(containsString("19 January 2019"));
        RenderedForm.open("/families").set("name", "x").date("dateOfBirth", 40, 1, 2019).submit().then().statusCode(422)
                .body(containsString("href=\"#dateOfBirth\""));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerIsRefusedTheFamilyPages() {
        given().when().get("/families").then().statusCode(403);
        given().when().get("/families/" + southbankFamily).then().statusCode(403);
        given().when().get("/families/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void everyFormCarriesTheCsrfToken() {
        for (String page : List.of("/families/new", "/families/" + southbankFamily + "/people/new")) {
            given().when().get(page).then().statusCode(200).body(matchesPattern("(?s).*name=\"csrf-token\" value=\"[^\"]+\".*"));
        }
    }
}
