package org.placeworks.geography.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;

/** The addresses API: administrators only. */
@QuarkusTest
class AddressesApiTest {

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void searchFindsAddressesByPostcodeAndPages() {
        given().queryParam("q", "TB2 1AE").get("/api/v1/addresses").then().statusCode(200)
                .body("items.postcode", everyItem(equalTo("TB2 1AE"))).body("number", equalTo(1));
        given().queryParam("page", 2).queryParam("size", 5).get("/api/v1/addresses").then().statusCode(200)
                .body("items.size()", equalTo(5)).body("number", equalTo(2)).body("size", equalTo(5));
        given().queryParam("size", 500).get("/api/v1/addresses").then().statusCode(422).body("errors", hasKey("size"));
        given().queryParam("q", "100090000002").get("/api/v1/addresses").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].uprn", equalTo(100090000002L));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAddressIsReadByIdAndAnUnknownOneIs404() {
        AddressView address = places.addressByUprn(100090000003L).orElseThrow();
        given().get("/api/v1/addresses/" + address.id()).then().statusCode(200)
                .body("uprn", equalTo(100090000003L)).body("neighbourhoodName", equalTo("Market Place"));
        given().get("/api/v1/addresses/" + UUID.randomUUID()).then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void staffWhoAreNotAdministratorsCannotReadOrWriteAddresses() {
        AddressView address = places.addressByUprn(100090000003L).orElseThrow();
        long before = places.addressCount();
        given().queryParam("q", "TB1").get("/api/v1/addresses").then().statusCode(403);
        given().get("/api/v1/addresses/" + address.id()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body(PlaceFixtures.uprn(), "1 Road", "TB1 1AA", null))
                .post("/api/v1/addresses").then().statusCode(403);
        assertEquals(before, places.addressCount());
    }

    @Test
    void withoutATokenAddressesAnswer401() {
        given().get("/api/v1/addresses").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorCreatesAnAddress() {
        String uprn = PlaceFixtures.uprn();
        given().contentType(ContentType.JSON).body(body(uprn, "9 Wharf Street", "tb2 1ce", null))
                .post("/api/v1/addresses").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/addresses/"))
                .body("postcode", equalTo("TB2 1CE"));
        assertTrue(places.addressByUprn(Long.parseLong(uprn)).isPresent());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBadAddressIsA422NamingTheFieldsAndNothingIsSaved() {
        long before = places.addressCount();
        Map<String, Object> bad = body("12345678901234", "", "ZZ", null);
        bad.put("neighbourhoodId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(bad).post("/api/v1/addresses").then().statusCode(422)
                .body("errors", hasKey("uprn")).body("errors", hasKey("line1")).body("errors", hasKey("postcode"))
                .body("errors", hasKey("neighbourhoodId"));
        Map<String, Object> badId = body(PlaceFixtures.uprn(), "1 Road", "TB1 1AA", null);
        badId.put("estateId", "not-an-id");
        given().contentType(ContentType.JSON).body(badId).post("/api/v1/addresses").then().statusCode(422)
                .body("errors", hasKey("estateId"));
        assertEquals(before, places.addressCount());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorChangesAnAddressAndAStaleVersionIsRefused() {
        AddressView address = newAddress();
        given().contentType(ContentType.JSON).body(body(String.valueOf(address.uprn()), "Renamed Road", address.postcode(), address.version()))
                .put("/api/v1/addresses/" + address.id()).then().statusCode(200)
                .body("line1", equalTo("Renamed Road")).body("version", equalTo((int) address.version() + 1));
        given().contentType(ContentType.JSON).body(body(String.valueOf(address.uprn()), "Late Road", address.postcode(), address.version()))
                .put("/api/v1/addresses/" + address.id()).then().statusCode(409);
        given().contentType(ContentType.JSON).body(body(String.valueOf(address.uprn()), "Late Road", address.postcode(), null))
                .put("/api/v1/addresses/" + address.id()).then().statusCode(422).body("errors", hasKey("version"));
        given().contentType(ContentType.JSON).body(body(String.valueOf(address.uprn()), "Ghost Road", address.postcode(), 0L))
                .put("/api/v1/addresses/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals("Renamed Road", places.address(address.id()).line1());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aBadChangeIsA422AndNothingChanges() {
        AddressView address = newAddress();
        given().contentType(ContentType.JSON).body(body(String.valueOf(address.uprn()), "", "nonsense", address.version()))
                .put("/api/v1/addresses/" + address.id()).then().statusCode(422)
                .body("errors", hasKey("line1")).body("errors.postcode", startsWith("Enter a real UK postcode"));
        assertEquals(address.line1(), places.address(address.id()).line1());
    }

    private Map<String, Object> body(String uprn, String line1, String postcode, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("uprn", uprn);
        body.put("line1", line1);
        body.put("town", "Thornbury");
        body.put("postcode", postcode);
        body.put("neighbourhoodId", places.findAreaByCode("E01000905").orElseThrow().id().toString());
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private AddressView newAddress() {
        return places.createAddress(new AddressCommand(PlaceFixtures.uprn(), "7 Ferry Lane", null, "Thornbury", "TB2 1CE",
                places.findAreaByCode("E01000905").orElseThrow().id(), null, null));
    }
}
