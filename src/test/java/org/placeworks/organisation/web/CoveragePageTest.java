package org.placeworks.organisation.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;

/** The coverage page for each kind of member of staff, inside and outside their boundary. */
@QuarkusTest
class CoveragePageTest {

    @Inject
    Thornbury thornbury;

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void searchShowsOnlyAddressesInsideTheCallersBoundary() {
        given().queryParam("q", "Riverside Road").get("/coverage").then().statusCode(200)
                .body(containsString("1 Riverside Road"))
                .body(containsString("/coverage/" + thornbury.address(Thornbury.RIVERSIDE_UPRN).id()));
        given().queryParam("q", String.valueOf(Thornbury.MARKET_PLACE_UPRN)).get("/coverage").then().statusCode(200)
                .body(containsString("No addresses found"))
                .body(not(containsString("High Street")));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void anAddressOutsideTheBoundaryIsNotFound() {
        given().get("/coverage/" + thornbury.address(Thornbury.MARKET_PLACE_UPRN).id()).then().statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void anAddressInsideShowsWhereItSitsAndWhoCoversEachStrand() {
        given().get("/coverage/" + thornbury.address(Thornbury.RIVERSIDE_UPRN).id()).then().statusCode(200)
                .body(containsString("1 Riverside Road"))
                .body(containsString("Riverside (Southbank ward)"))
                .body(containsString("Millbrook Estate"))
                .body(containsString("Deprivation decile"))
                .body(containsString("School Nursing Southbank"))
                .body(containsString("Housing Estate Team"))
                .body(containsString("Neighbourhood Policing Thornbury North"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void frontlineSeesTheWholeTown() {
        given().get("/coverage/" + thornbury.address(Thornbury.MARKET_PLACE_UPRN).id()).then().statusCode(200)
                .body(containsString("Market Place (Northgate ward)"))
                .body(containsString("Not on an estate"))
                .body(containsString("Family Support Thornbury"))
                .body(not(containsString("School Nursing Southbank")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void administratorsFindAnyAddress() {
        given().queryParam("q", "TB1 1AA").get("/coverage").then().statusCode(200)
                .body(containsString("1 High Street"));
    }

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void anUnknownAddressIsNotFound() {
        given().get("/coverage/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void signingInIsRequired() {
        // 401 rather than a redirect to Keycloak's sign-in page: shared.web.ErrorPages maps UnauthorizedException itself.
        given().redirects().follow(false).get("/coverage").then().statusCode(anyOf(is(302), is(401)))
                .body(not(containsString("Postcode, UPRN or street")));
    }
}
