package org.placeworks.geography.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The address pages: a paged, searchable list, one address, adding and changing addresses. */
@QuarkusTest
class AddressPagesTest {

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theListShowsTwentyAddressesAPageWithPagination() {
        given().get("/admin/addresses").then().statusCode(200)
                .body(containsString("Showing 1 to 20 of"))
                .body(containsString("govuk-pagination"))
                .body(containsString("href=\"/admin/addresses?page=2\""));
        given().get("/admin/addresses?page=2").then().statusCode(200)
                .body(containsString("Showing 21 to 40 of"))
                .body(containsString("rel=\"prev\""));
        given().get("/admin/addresses?page=9999").then().statusCode(200)
                .body(containsString("govuk-pagination__item--current"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void searchFindsByPostcodeUprnOrStreet() {
        given().queryParam("q", "tb1 1aa").get("/admin/addresses").then().statusCode(200)
                .body(containsString("addresses matching"))
                .body(containsString("High Street"))
                .body(not(containsString("Castle Rise")));
        given().queryParam("q", "100090000001").get("/admin/addresses").then().statusCode(200)
                .body(containsString("Showing 1 to 1 of 1 addresses"));
        RenderedForm.open("/admin/addresses").set("q", "Kestrel").submit().then().statusCode(200)
                .body(containsString("Kestrel Close"));
        given().queryParam("q", "Nowhere Street").get("/admin/addresses").then().statusCode(200)
                .body(containsString("No addresses match"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void frontlineStaffCannotSeeOrChangeAddresses() {
        UUID id = demoAddress().id();
        given().get("/admin/addresses").then().statusCode(403);
        given().get("/admin/addresses/" + id).then().statusCode(403);
        given().get("/admin/addresses/" + id + "/edit").then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("uprn", PlaceFixtures.uprn())
                .post("/admin/addresses").then().statusCode(403);
        given().get("/admin/addresses/import").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAddressPageShowsItsNeighbourhoodAndEstate() {
        given().get("/admin/addresses/" + demoAddress().id()).then().statusCode(200)
                .body(containsString("govuk-summary-list"))
                .body(containsString("100090000001"))
                .body(containsString("Market Place"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUnknownAddressIsNotFound() {
        given().get("/admin/addresses/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/admin/addresses/" + UUID.randomUUID() + "/edit").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void addingAnAddressNormalisesThePostcodeAndRedirects() {
        String uprn = PlaceFixtures.uprn();
        AreaView millLane = area("E01000904");
        AreaView estate = area("X99000101");
        String location = RenderedForm.open("/admin/addresses/new")
                .set("uprn", uprn).set("line1", "12 Weir Street").set("line2", "")
                .set("town", "Thornbury").set("postcode", "tb14dd")
                .set("neighbourhoodId", millLane.id().toString()).set("estateId", estate.id().toString())
                .submit().then().statusCode(303).extract().header("Location");
        AddressView saved = places.addressByUprn(Long.parseLong(uprn)).orElseThrow();
        assertTrue(location.endsWith("/admin/addresses/" + saved.id()));
        assertEquals("TB1 4DD", saved.postcode());
        assertEquals(estate.id(), saved.estateId());
        assertNull(saved.line2());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBadAddressIsRefusedFieldByFieldAndNothingIsSaved() {
        long before = places.addressCount();
        String uprn = PlaceFixtures.uprn();
        Forms.from("/admin/addresses/new")
                .formParam("uprn", uprn).formParam("line1", "").formParam("town", "Thornbury")
                .formParam("postcode", "NOT A POSTCODE").formParam("neighbourhoodId", area("E01000901").id().toString())
                .formParam("estateId", area("X99000101").id().toString())
                .post("/admin/addresses").then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#line1\""))
                .body(containsString("href=\"#postcode\""))
                .body(containsString("href=\"#estateId\""))
                .body(containsString("value=\"" + uprn + "\""));
        Forms.from("/admin/addresses/new")
                .formParam("uprn", "1234567890123").formParam("line1", "1 Road").formParam("town", "Thornbury")
                .formParam("postcode", "TB1 1AA").formParam("neighbourhoodId", "nonsense")
                .post("/admin/addresses").then().statusCode(422)
                .body(containsString("href=\"#neighbourhoodId\""));
        Forms.from("/admin/addresses/new")
                .formParam("uprn", "1234567890123").formParam("line1", "1 Road").formParam("town", "Thornbury")
                .formParam("postcode", "TB1 1AA").formParam("neighbourhoodId", area("E01000901").id().toString())
                .post("/admin/addresses").then().statusCode(422)
                .body(containsString("UPRN must be a number of up to 12 digits"));
        assertEquals(before, places.addressCount());
        assertTrue(places.addressByUprn(Long.parseLong(uprn)).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void editingAnAddressSavesTheChange() {
        AddressView address = newAddress();
        given().get("/admin/addresses/" + address.id() + "/edit").then().statusCode(200)
                .body(containsString("name=\"version\" value=\"" + address.version() + "\""));
        RenderedForm.open("/admin/addresses/" + address.id() + "/edit")
                .set("line1", "3A Bell Yard").set("line2", "Rear").set("postcode", "TB1 1DA").set("estateId", "")
                .submit().then().statusCode(303);
        AddressView saved = places.address(address.id());
        assertEquals("3A Bell Yard", saved.line1());
        assertEquals("Rear", saved.line2());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aStaleAddressEditIsRefused() {
        AddressView address = newAddress();
        places.updateAddress(address.id(), new AddressCommand(String.valueOf(address.uprn()), "Changed Meanwhile", null, "Thornbury",
                address.postcode(), address.neighbourhoodId(), null, address.version()));
        Forms.from("/admin/addresses/" + address.id() + "/edit")
                .formParam("uprn", String.valueOf(address.uprn())).formParam("line1", "My Late Change")
                .formParam("town", "Thornbury").formParam("postcode", address.postcode())
                .formParam("neighbourhoodId", address.neighbourhoodId().toString())
                .formParam("version", String.valueOf(address.version()))
                .post("/admin/addresses/" + address.id() + "/edit").then().statusCode(409)
                .body(containsString("This address was changed by someone else"));
        assertEquals("Changed Meanwhile", places.address(address.id()).line1());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBadAddressEditIsRefusedWithTheFieldNamed() {
        AddressView address = newAddress();
        Forms.from("/admin/addresses/" + address.id() + "/edit")
                .formParam("uprn", "100090000001").formParam("line1", address.line1())
                .formParam("town", "Thornbury").formParam("postcode", address.postcode())
                .formParam("neighbourhoodId", address.neighbourhoodId().toString())
                .formParam("version", String.valueOf(address.version()))
                .post("/admin/addresses/" + address.id() + "/edit").then().statusCode(422)
                .body(containsString("href=\"#uprn\""))
                .body(containsString("Another address already has the UPRN"));
        assertEquals(address.uprn(), places.address(address.id()).uprn());
    }

    private AddressView demoAddress() {
        return places.addressByUprn(100090000001L).orElseThrow();
    }

    private AreaView area(String code) {
        return places.findAreaByCode(code).orElseThrow();
    }

    private AddressView newAddress() {
        return places.createAddress(new AddressCommand(PlaceFixtures.uprn(), "3 Bell Yard", null, "Thornbury", "TB1 1DA",
                area("E01000901").id(), null, null));
    }
}
