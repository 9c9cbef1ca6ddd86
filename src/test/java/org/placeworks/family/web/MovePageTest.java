package org.placeworks.family.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.RenderedForm;

/** Recording a move through the page as rendered: a new address, no fixed abode in a chosen neighbourhood, and the refusals. */
@QuarkusTest
class MovePageTest {

    @Inject
    CasePages pages;

    @Inject
    Thornbury thornbury;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aMoveToANewAddressIsFoundByPostcodeSavedAndShownInTheAddressHistory() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        given().get("/families/" + family.id()).then().statusCode(200)
                .body(containsString("href=\"/families/" + family.id() + "/moves/new\"")).body(not(containsString("Address history")));
        String newHome = FamilyFixtures.read(() -> thornbury.address(100090000203L)).oneLine();

        RenderedForm move = RenderedForm.open("/families/" + family.id() + "/moves/new?addressQuery=100090000203",
                "/families/" + family.id() + "/moves/new");
        assertThat(move.options("kind")).containsExactly("HOME", "TEMPORARY", "NO_FIXED_ABODE");
        assertThat(move.value("kind")).isEqualTo("HOME");
        move.set("addressId", move.options("addressId").get(0)).submit().then().statusCode(303);

        given().get("/families/" + family.id()).then().statusCode(200)
                .body(containsString("Address history"))
                .body(containsString(newHome))
                .body(containsString(FamilyFixtures.read(() -> thornbury.address(CasePages.NORTHGATE)).oneLine()))
                .body(containsString(">Now<"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void noFixedAbodeIsDescribedPlacedInTheNeighbourhoodChosenAndShownPlainly() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        String riverside = FamilyFixtures.read(() -> thornbury.area("Riverside")).id().toString();
        RenderedForm.open("/families/" + family.id() + "/moves/new", "/families/" + family.id() + "/moves/new")
                .set("kind", "NO_FIXED_ABODE").set("description", "Sleeping in the car by Wharf Street")
                .set("areaId", riverside).submit().then().statusCode(303);
        given().get("/families/" + family.id()).then().statusCode(200)
                .body(containsString("No fixed abode"))
                .body(containsString("Sleeping in the car by Wharf Street"))
                .body(containsString("Not an address with a UPRN"))
                .body(containsString("Riverside"));
        // Riverside is in School Nursing Southbank's boundary: the chosen neighbourhood decides who sees the family.
        pages.as("frontline2", () -> given().get("/families/" + family.id()).then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aPlaceOutsideEveryBoundaryAndMissingAnswersAreShownOnTheForm() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        String uncovered = FamilyFixtures.read(() -> thornbury.uncoveredNeighbourhood()).id().toString();
        String page = "/families/" + family.id() + "/moves/new";
        RenderedForm.open(page, page).set("kind", "NO_FIXED_ABODE").set("description", "Camping at Eastbrook Green")
                .set("areaId", uncovered).submit().then().statusCode(422)
                .body(containsString("href=\"#areaId\""))
                .body(containsString("No service delivering early help covers this neighbourhood"));
        RenderedForm.open(page, page).set("kind", "TEMPORARY").submit().then().statusCode(422)
                .body(containsString("href=\"#description\"")).body(containsString("href=\"#areaId\""));
        RenderedForm.open(page, page).set("kind", "TEMPORARY").set("movedOn-day", "").submit().then().statusCode(422)
                .body(containsString("href=\"#movedOn\""));
        given().get("/families/" + family.id()).then().statusCode(200).body(not(containsString("Address history")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aStaleMoveIsRefusedWith409AndTheFormShownAgain() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        String page = "/families/" + family.id() + "/moves/new";
        String marketPlace = FamilyFixtures.read(() -> thornbury.area("Market Place")).id().toString();
        RenderedForm first = RenderedForm.open(page, page).set("kind", "TEMPORARY").set("description", "Flat 2, Bridge House refuge")
                .set("areaId", marketPlace);
        RenderedForm second = RenderedForm.open(page, page).set("kind", "NO_FIXED_ABODE").set("description", "With friends")
                .set("areaId", marketPlace);
        first.submit().then().statusCode(303);
        second.submit().then().statusCode(409).body(containsString("address was changed by someone else while you were editing"))
                .body(containsString("name=\"description\"")).body(containsString("With friends"));
        given().get("/families/" + family.id()).then().statusCode(200).body(containsString("Flat 2, Bridge House refuge"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aFamilyInTemporaryAccommodationIsRegisteredThroughTheFormWithoutAUprn() {
        String millLane = FamilyFixtures.read(() -> thornbury.area("Mill Lane")).id().toString();
        String name = FamilyFixtures.surname() + " family";
        String location = RenderedForm.open("/families/new", "/families/new").set("kind", "TEMPORARY")
                .set("description", "Flat 9, Mill Lane refuge").set("areaId", millLane).set("name", name).submit()
                .then().statusCode(303).extract().header("Location");
        given().get(location).then().statusCode(200).body(containsString(name)).body(containsString("Temporary accommodation"))
                .body(containsString("Flat 9, Mill Lane refuge")).body(not(containsString("UPRN</dt>")));
        RenderedForm.open("/families/new", "/families/new").set("kind", "NO_FIXED_ABODE").set("name", name).submit()
                .then().statusCode(422).body(containsString("href=\"#description\"")).body(containsString("href=\"#areaId\""));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void someoneOutsideTheFamilysBoundaryFindsNoFormAndCannotPostOne() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        given().get("/families/" + family.id() + "/moves/new").then().statusCode(404);
        CasePages.forged("/families", "/families/" + family.id() + "/moves/new", CasePages.fields("kind", "HOME",
                "version", "0")).then().statusCode(404);
    }
}
