package org.placeworks.geography.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The area pages: the tree, one area, adding and changing areas, estates' neighbourhoods and boundaries. */
@QuarkusTest
class AreaPagesTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-1.5,52.4],[-1.49,52.4],[-1.49,52.41],[-1.5,52.4]]]}";

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theTreeListsEveryAreaWithItsCodeDecileAndPopulations() {
        given().get("/admin/areas").then().statusCode(200)
                .body(containsString("Eastmoor District"))
                .body(containsString("E01000904"))
                .body(containsString("Millbrook Estate"))
                .body(containsString("govuk-table"))
                .body(containsString("Deprivation decile"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void frontlineStaffCannotSeeOrChangeAreas() {
        UUID ward = ward().id();
        given().get("/admin/areas").then().statusCode(403);
        given().get("/admin/areas/" + ward).then().statusCode(403);
        given().get("/admin/areas/new").then().statusCode(403);
        given().get("/admin/areas/import").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAreaPageShowsItsDetailsAndTheAreasWithin() {
        given().get("/admin/areas/" + ward().id()).then().statusCode(200)
                .body(containsString("govuk-summary-list"))
                .body(containsString("E05000901"))
                .body(containsString("Mill Lane"))
                .body(containsString("govuk-breadcrumbs"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUnknownAreaIsNotFound() {
        given().get("/admin/areas/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/admin/areas/" + UUID.randomUUID() + "/edit").then().statusCode(404);
        given().get("/admin/areas/not-an-id").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void addingANeighbourhoodSavesItAndRedirectsToItsPage() {
        String code = PlaceFixtures.code('E');
        String location = RenderedForm.open("/admin/areas/new")
                .set("kind", "NEIGHBOURHOOD").set("code", code.toLowerCase()).set("vintage", "2021")
                .set("name", "Abbey Fields").set("parentId", ward().id().toString())
                .set("deprivationDecile", "3").set("residentPopulation", "1,600").set("childPopulation", "350")
                .submit().then().statusCode(303).extract().header("Location");
        AreaView saved = places.findAreaByCode(code).orElseThrow();
        assertTrue(location.endsWith("/admin/areas/" + saved.id()));
        assertEquals(3, saved.deprivationDecile());
        assertEquals(1600, saved.residentPopulation());
        given().get("/admin/areas/" + saved.id()).then().statusCode(200).body(containsString("Abbey Fields"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBadAreaIsRefusedFieldByFieldAndNothingIsSaved() {
        long before = places.areaCount();
        String code = PlaceFixtures.code('E');
        Forms.from("/admin/areas/new")
                .formParam("kind", "NEIGHBOURHOOD").formParam("code", code).formParam("vintage", "2021")
                .formParam("name", "").formParam("parentId", ward().id().toString())
                .formParam("deprivationDecile", "11").formParam("residentPopulation", "lots")
                .post("/admin/areas").then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#residentPopulation\""))
                .body(containsString("Resident population must be a whole number"));
        Forms.from("/admin/areas/new")
                .formParam("kind", "NEIGHBOURHOOD").formParam("code", code).formParam("vintage", "2021")
                .formParam("name", "").formParam("parentId", ward().id().toString()).formParam("deprivationDecile", "11")
                .post("/admin/areas").then().statusCode(422)
                .body(containsString("href=\"#name\""))
                .body(containsString("href=\"#deprivationDecile\""))
                .body(containsString("Deprivation decile must be between 1"));
        assertEquals(before, places.areaCount());
        assertTrue(places.findAreaByCode(code).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void editingAnAreaSavesTheChange() {
        AreaView area = newNeighbourhood();
        RenderedForm.open("/admin/areas/" + area.id() + "/edit").set("name", "Renamed Fields").set("deprivationDecile", "9")
                .submit().then().statusCode(303);
        AreaView saved = places.area(area.id());
        assertEquals("Renamed Fields", saved.name());
        assertEquals(9, saved.deprivationDecile());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theEditFormCarriesTheVersion() {
        AreaView area = newNeighbourhood();
        given().get("/admin/areas/" + area.id() + "/edit").then().statusCode(200)
                .body(containsString("name=\"version\" value=\"" + area.version() + "\""))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aStaleEditIsRefusedAndNotSaved() {
        AreaView area = newNeighbourhood();
        places.updateArea(area.id(), new AreaCommand(AreaKind.NEIGHBOURHOOD, area.code(), 2021, "Changed Meanwhile",
                area.parentId(), 4, null, null, area.version()));
        Forms.from("/admin/areas/" + area.id() + "/edit")
                .formParam("kind", "NEIGHBOURHOOD").formParam("code", area.code()).formParam("vintage", "2021")
                .formParam("name", "My Late Change").formParam("parentId", area.parentId().toString())
                .formParam("version", String.valueOf(area.version()))
                .post("/admin/areas/" + area.id() + "/edit").then().statusCode(409)
                .body(containsString("govuk-error-summary"))
                .body(containsString("This area was changed by someone else"))
                .body(containsString("href=\"/admin/areas/" + area.id() + "/edit\">Reload this area</a>"));
        assertEquals("Changed Meanwhile", places.area(area.id()).name());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBadEditIsRefusedWithTheFieldNamed() {
        AreaView area = newNeighbourhood();
        Forms.from("/admin/areas/" + area.id() + "/edit")
                .formParam("kind", "NEIGHBOURHOOD").formParam("code", "NOT-A-CODE").formParam("vintage", "2021")
                .formParam("name", "Whatever").formParam("parentId", area.parentId().toString())
                .formParam("version", String.valueOf(area.version()))
                .post("/admin/areas/" + area.id() + "/edit").then().statusCode(422)
                .body(containsString("href=\"#code\""));
        assertEquals(area.code(), places.area(area.id()).code());
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void frontlineStaffCannotPostAnArea() {
        long before = places.areaCount();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("kind", "WARD").formParam("code", PlaceFixtures.code('E')).formParam("vintage", "2021")
                .formParam("name", "Sneaky").formParam("parentId", ward().parentId().toString())
                .post("/admin/areas").then().statusCode(403);
        assertEquals(before, places.areaCount());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anEstatesNeighbourhoodsCanBeChanged() {
        AreaView estate = newEstate();
        AreaView n1 = places.findAreaByCode("E01000901").orElseThrow();
        AreaView n2 = places.findAreaByCode("E01000902").orElseThrow();
        given().get("/admin/areas/" + estate.id()).then().statusCode(200)
                .body(containsString("Neighbourhoods the estate straddles"));
        RenderedForm.open("/admin/areas/" + estate.id()).setAll("neighbourhoods", n1.id().toString(), n2.id().toString())
                .submit().then().statusCode(303);
        assertEquals(Set.of(n1.id(), n2.id()), places.estateNeighbourhoods(estate.id()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anEstateMustStraddleSomeNeighbourhoodAndAStaleChangeIsRefused() {
        AreaView estate = newEstate();
        AreaView n1 = places.findAreaByCode("E01000903").orElseThrow();
        Forms.from("/admin/areas/" + estate.id())
                .formParam("version", String.valueOf(estate.version()))
                .post("/admin/areas/" + estate.id() + "/neighbourhoods").then().statusCode(422)
                .body(containsString("href=\"#neighbourhoods\""));
        Forms.from("/admin/areas/" + estate.id())
                .formParam("neighbourhoods", n1.id().toString()).formParam("version", String.valueOf(estate.version() + 7))
                .post("/admin/areas/" + estate.id() + "/neighbourhoods").then().statusCode(409);
        assertTrue(places.estateNeighbourhoods(estate.id()).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBoundaryCanBeUploadedForOneArea() {
        AreaView area = newNeighbourhood();
        RenderedForm.open("/admin/areas/" + area.id() + "/boundary")
                .attach("boundary", "area.geojson", SQUARE.getBytes(StandardCharsets.UTF_8), "application/geo+json")
                .submit().then().statusCode(303);
        assertTrue(places.area(area.id()).hasBoundary());
        given().get("/admin/areas/" + area.id() + "/boundary.geojson").then().statusCode(200)
                .contentType("application/geo+json").body(containsString("Polygon"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBoundaryThatIsNotAPolygonIsRefused() {
        AreaView area = newNeighbourhood();
        Forms.multipartFrom("/admin/areas/" + area.id() + "/boundary")
                .multiPart("boundary", "area.geojson", "{\"type\":\"Point\",\"coordinates\":[1,2]}".getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/admin/areas/" + area.id() + "/boundary").then().statusCode(422)
                .body(containsString("href=\"#boundary\""));
        Forms.multipartFrom("/admin/areas/" + area.id() + "/boundary")
                .multiPart("boundary", "area.geojson", new byte[0], "application/json")
                .post("/admin/areas/" + area.id() + "/boundary").then().statusCode(422)
                .body(containsString("href=\"#boundary\""));
        assertFalse(places.area(area.id()).hasBoundary());
        given().get("/admin/areas/" + area.id() + "/boundary.geojson").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUploadWithoutTheCsrfTokenIsRefused() {
        AreaView area = newNeighbourhood();
        given().redirects().follow(false)
                .multiPart("boundary", "area.geojson", SQUARE.getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/admin/areas/" + area.id() + "/boundary").then().statusCode(400)
                .body(not(containsString("Exception")));
        assertFalse(places.area(area.id()).hasBoundary());
    }

    private AreaView ward() {
        return places.findAreaByCode("E05000901").orElseThrow();
    }

    private AreaView newNeighbourhood() {
        return places.createArea(new AreaCommand(AreaKind.NEIGHBOURHOOD, PlaceFixtures.code('E'), 2021, "Test Fields",
                ward().id(), 5, 1000, 200, null));
    }

    private AreaView newEstate() {
        return places.createArea(new AreaCommand(AreaKind.ESTATE, PlaceFixtures.code('X'), 2021, "Test Estate",
                ward().id(), null, null, null, null));
    }
}
